#ifndef GAZETTE_CNCURSES_H
#define GAZETTE_CNCURSES_H

// SwiftPM does not pass ncursesw's pkg-config defines, so the wide-character API
// must be switched on here, before curses.h is read.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
// Columns a code point takes in the current locale (wcwidth); -1 when unprintable.
int gz_wcwidth(unsigned int scalar);
// Sets LC_CTYPE from the environment, falling back to C.UTF-8 when that is not UTF-8.
void gz_prepare_utf8_locale(void);

#endif

#include <wchar.h>

// Keys, normalised so Swift never sees curses' octal macro values.
enum gz_key {
    GZ_KEY_NONE = 0,
    GZ_KEY_UP, GZ_KEY_DOWN, GZ_KEY_LEFT, GZ_KEY_RIGHT,
    GZ_KEY_HOME, GZ_KEY_END, GZ_KEY_PAGE_UP, GZ_KEY_PAGE_DOWN,
    GZ_KEY_BACKTAB, GZ_KEY_BACKSPACE, GZ_KEY_DELETE, GZ_KEY_ENTER,
    GZ_KEY_RESIZE, GZ_KEY_MOUSE, GZ_KEY_OTHER
};

enum gz_event_kind {
    GZ_EVENT_NONE = 0,   // timeout, interrupted read, or an event to ignore (a mouse release)
    GZ_EVENT_CHAR = 1,   // a typed character in `code` (a Unicode scalar)
    GZ_EVENT_KEY = 2,    // a function key in `code` (enum gz_key)
    GZ_EVENT_END = 3,    // the terminal is gone: no key will ever come
};

typedef struct {
    int kind;
    unsigned int code;
    int mouse_x;
    int mouse_y;
} gz_event;

// Starts curses: locale, raw-ish input, keypad, mouse, colours, short Esc delay.
// Returns 0 on success, -1 when the terminal cannot be initialised.
int gz_start(void);
// Restores the terminal. Safe to call more than once and from the signal path.
void gz_stop(void);
int gz_is_started(void);

// Restores the terminal on SIGINT, SIGTERM, SIGHUP and on crashes, then lets the
// signal take its default course.
void gz_install_signal_handlers(void);

int gz_lines(void);
int gz_columns(void);

// Reads one event, waiting at most `timeout_ms` (-1 waits forever).
gz_event gz_read_event(int timeout_ms);
/// 1 when a key is already waiting (typed while the last one was handled), without taking it.
int gz_input_pending(void);

// Style: a colour pair (0 = default) and attribute flags.
enum gz_attr_flags { GZ_BOLD = 1, GZ_UNDERLINE = 2, GZ_REVERSE = 4, GZ_DIM = 8 };
void gz_define_pair(short pair, short foreground, short background);
void gz_erase(void);
void gz_draw(int y, int x, const wchar_t *text, int length, short pair, int flags);
void gz_refresh(void);

// Columns a code point takes in the current locale (wcwidth); -1 when unprintable.
int gz_wcwidth(unsigned int scalar);
// Sets LC_CTYPE from the environment, falling back to C.UTF-8 when that is not UTF-8.
void gz_prepare_utf8_locale(void);

#endif
