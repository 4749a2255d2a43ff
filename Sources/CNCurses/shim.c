#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE 1
#include "CNCurses.h"

#include <curses.h>
#include <errno.h>
#include <langinfo.h>
#include <strings.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t started = 0;

int gz_start(void) {
    setlocale(LC_ALL, "");
    gz_prepare_utf8_locale();
    if (initscr() == NULL) return -1;
    started = 1;
    cbreak();            // Ctrl-C still raises SIGINT, which restores the terminal.
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    set_escdelay(25);    // Esc must feel instant.
    curs_set(0);
    mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(0);
    if (has_colors()) {
        start_color();
        use_default_colors();
    }
    return 0;
}

void gz_stop(void) {
    if (!started) return;
    started = 0;
    curs_set(1);
    endwin();
}

int gz_is_started(void) { return started; }

static void restore_and_reraise(int sig) {
    gz_stop();
    signal(sig, SIG_DFL);
    raise(sig);
}

void gz_install_signal_handlers(void) {
    int signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
    for (size_t i = 0; i < sizeof(signals) / sizeof(signals[0]); i++) {
        struct sigaction action;
        memset(&action, 0, sizeof(action));
        action.sa_handler = restore_and_reraise;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND;
        sigaction(signals[i], &action, NULL);
    }
}

int gz_lines(void) { return LINES; }
int gz_columns(void) { return COLS; }

static unsigned int normalise_key(wint_t key) {
    switch (key) {
    case KEY_UP: return GZ_KEY_UP;
    case KEY_DOWN: return GZ_KEY_DOWN;
    case KEY_LEFT: return GZ_KEY_LEFT;
    case KEY_RIGHT: return GZ_KEY_RIGHT;
    case KEY_HOME: return GZ_KEY_HOME;
    case KEY_END: return GZ_KEY_END;
    case KEY_PPAGE: return GZ_KEY_PAGE_UP;
    case KEY_NPAGE: return GZ_KEY_PAGE_DOWN;
    case KEY_BTAB: return GZ_KEY_BACKTAB;
    case KEY_BACKSPACE: return GZ_KEY_BACKSPACE;
    case KEY_DC: return GZ_KEY_DELETE;
    case KEY_ENTER: return GZ_KEY_ENTER;
    case KEY_RESIZE: return GZ_KEY_RESIZE;
    case KEY_MOUSE: return GZ_KEY_MOUSE;
    default: return GZ_KEY_OTHER;
    }
}

gz_event gz_read_event(int timeout_ms) {
    gz_event event = { GZ_EVENT_NONE, 0, -1, -1 };
    timeout(timeout_ms);
    wint_t ch = 0;
    errno = 0;
    int status = get_wch(&ch);
    if (status == ERR) {
        // Waiting without a timeout, only a signal or a closed terminal ends the wait.
        if (timeout_ms < 0 && errno != EINTR) event.kind = GZ_EVENT_END;
        return event;
    }
    if (status == KEY_CODE_YES) {
        event.kind = GZ_EVENT_KEY;
        event.code = normalise_key(ch);
        if (event.code == GZ_KEY_MOUSE) {
            MEVENT mouse;
            if (getmouse(&mouse) != OK) { event.kind = GZ_EVENT_NONE; return event; }
            if (!(mouse.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED))) {
                event.kind = GZ_EVENT_NONE;
                return event;
            }
            event.mouse_x = mouse.x;
            event.mouse_y = mouse.y;
            // Wheel turns arrive as presses of buttons 4 and 5: report them as arrow keys.
            if (mouse.bstate & BUTTON4_PRESSED) { event.code = GZ_KEY_UP; }
            else if (mouse.bstate & BUTTON5_PRESSED) { event.code = GZ_KEY_DOWN; }
        }
        return event;
    }
    event.kind = GZ_EVENT_CHAR;
    event.code = (unsigned int)ch;
    return event;
}

int gz_input_pending(void) {
    timeout(0);
    int ch = getch();
    if (ch == ERR) return 0;
    ungetch(ch);  // read again, whole, by the next gz_read_event
    return 1;
}

void gz_define_pair(short pair, short foreground, short background) {
    if (has_colors()) init_pair(pair, foreground, background);
}

void gz_erase(void) { erase(); }

void gz_draw(int y, int x, const wchar_t *text, int length, short pair, int flags) {
    attr_t attrs = A_NORMAL;
    if (flags & GZ_BOLD) attrs |= A_BOLD;
    if (flags & GZ_UNDERLINE) attrs |= A_UNDERLINE;
    if (flags & GZ_REVERSE) attrs |= A_REVERSE;
    if (flags & GZ_DIM) attrs |= A_DIM;
    attr_set(attrs, has_colors() ? pair : 0, NULL);
    mvaddnwstr(y, x, text, length);
    attr_set(A_NORMAL, 0, NULL);
}

void gz_refresh(void) { refresh(); }

int gz_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

void gz_prepare_utf8_locale(void) {
    setlocale(LC_CTYPE, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL || (strcasecmp(codeset, "UTF-8") != 0 && strcasecmp(codeset, "utf8") != 0)) {
        setlocale(LC_CTYPE, "C.UTF-8");
    }
}
