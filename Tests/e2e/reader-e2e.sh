#!/usr/bin/env bash
# The real binary in a real terminal: tmux runs it, types keys and reads the screen.
# Usage: Tests/e2e/reader-e2e.sh PATH/TO/gazette
set -uo pipefail

binary=$(realpath "${1:?usage: reader-e2e.sh PATH/TO/gazette}")
samples=$(cd "$(dirname "$0")/../../Resources/samples" && pwd)
work=$(mktemp -d)
socket="gazette-e2e-$$"
session="e2e"
passed=0
failed=0

tmux_() { tmux -L "$socket" "$@"; }
cleanup() { tmux_ kill-server 2>/dev/null; rm -rf "$work" 2>/dev/null || true; }
trap cleanup EXIT

screen() { tmux_ capture-pane -t "$session" -p; }

# Waits up to 10 s for the screen to contain a fixed string.
wait_for() {
  local text=$1
  for _ in $(seq 1 100); do
    screen | grep -qF -- "$text" && return 0
    sleep 0.1
  done
  return 1
}

# Waits up to 10 s for a fixed string to leave the screen.
wait_gone() {
  local text=$1
  for _ in $(seq 1 100); do
    screen | grep -qF -- "$text" || return 0
    sleep 0.1
  done
  return 1
}

check() {
  local name=$1; shift
  if "$@"; then
    passed=$((passed + 1)); echo "ok   - $name"
  else
    failed=$((failed + 1)); echo "FAIL - $name"; echo "----- screen -----"; screen; echo "------------------"
  fi
}

keys() { tmux_ send-keys -t "$session" "$@"; }
screen_has() { screen | grep -qF -- "$1"; }
screen_lacks() { ! screen | grep -qF -- "$1"; }

# A plain shell with a known prompt, so a restored terminal is easy to see.
tmux_ new-session -d -s "$session" -x 120 -y 40 "env -i HOME=$work HISTFILE=/dev/null TERM=xterm-256color LANG=C.UTF-8 PS1='e2e\$ ' bash --norc --noprofile"
wait_for 'e2e$' || { echo "tmux did not start"; exit 1; }
keys "cd $work && $binary" Enter

check "first run imports the samples into a new library" wait_for "New library: imported the 5 bundled sample articles"
check "opens the library" wait_for "Gazette · library.sqlite · 5 articles · 5 unread"
check "three panes at 120 columns" screen_has "People ("
check "five unread articles listed" test "$(screen | grep -c '^●')" -eq 5

keys j Enter
check "Enter opens an article and marks it read" wait_for "4 unread"

keys /
keys -l "kadhimi"
check "search narrows the list as you type" wait_for "search: kadhimi ·"
check "search count is below five" bash -c "tmux -L $socket capture-pane -t $session -p | grep -qE 'search: kadhimi · [1-4] of 5'"
keys Enter
keys Escape
check "Esc clears the search" wait_for "Filter cleared"

keys e
check "e opens the export dialog" wait_for "Export article"
keys Enter
check "export reports the path written" wait_for "Exported Markdown to $work/"
exported=$(ls "$work"/*.md 2>/dev/null | head -1)
check "the exported file exists with front matter" bash -c "test -n '$exported' && head -1 '$exported' | grep -qx -- '---'"

keys "?"
check "? shows the help overlay" wait_for "Keys  (j/k scroll"
keys Escape
check "Esc closes help" wait_gone "Keys  (j/k scroll"

tmux_ resize-window -t "$session" -x 80 -y 24
sleep 0.5
check "at 80 columns the sidebar folds" screen_lacks "People ("
tmux_ resize-window -t "$session" -x 50 -y 20
sleep 0.5
check "at 50 columns one pane shows" bash -c "! tmux -L $socket capture-pane -t $session -p | sed -n 2p | grep -qF '│'"
tmux_ resize-window -t "$session" -x 120 -y 40
sleep 0.5
check "back at 120 columns the sidebar returns" wait_for "People ("

# Function keys Gazette has no use for are ignored: they must not end the reader.
keys F1 F5 IC F12
sleep 0.5
check "F1, F5, Insert and F12 leave the reader open" screen_has "Gazette · library.sqlite"
keys "?"
check "and it still takes keys after them" wait_for "Keys  (j/k scroll"
keys Escape
check "Esc closes help again" wait_gone "Keys  (j/k scroll"

keys q
check "q quits to the shell" wait_for 'e2e$'
check "the reader's screen is gone after q (alternate screen left)" wait_gone "Gazette · library.sqlite"
# The marker is computed, so waiting for it waits for the output, not for the typed command.
keys "stty -a | grep -o -- '-\?icanon' ; echo restored-\$((40 + 2))" Enter
check "the terminal is restored after q" wait_for "restored-42"
check "canonical mode is back after q" bash -c "tmux -L $socket capture-pane -t $session -p | grep -qx 'icanon'"

keys clear Enter
keys "$binary" Enter
check "read marks persist in the library" wait_for "Gazette · library.sqlite · 5 articles · 4 unread"
keys C-c
check "Ctrl-C quits to the shell" wait_for 'e2e$'
check "the reader's screen is gone after Ctrl-C (alternate screen left)" wait_gone "Gazette · library.sqlite"
keys "stty -a | grep -o -- '-\?echo\b' | head -1; echo after-ctrl-c-\$((40 + 2))" Enter
wait_for "after-ctrl-c-42" >/dev/null
check "the terminal is restored after Ctrl-C" bash -c "tmux -L $socket capture-pane -t $session -p | grep -qx 'echo'"

keys clear Enter
keys "$binary" Enter
wait_for "Gazette · library.sqlite" >/dev/null
pkill -TERM -f "^$binary\$" || true
check "SIGTERM quits to the shell" wait_for 'e2e$'
check "the reader's screen is gone after SIGTERM (alternate screen left)" wait_gone "Gazette · library.sqlite"
keys "stty -a | grep -o -- '-\?icanon' ; echo after-term-\$((40 + 2))" Enter
wait_for "after-term-42" >/dev/null
check "the terminal is restored after SIGTERM" bash -c "tmux -L $socket capture-pane -t $session -p | grep -qx 'icanon'"

# A crash (here a segmentation fault sent from outside) must still hand the terminal back.
keys clear Enter
keys "$binary" Enter
wait_for "Gazette · library.sqlite" >/dev/null
pkill -SEGV -f "^$binary\$" || true
check "a crash returns to the shell" wait_for 'e2e$'
check "the reader's screen is gone after a crash (alternate screen left)" wait_gone "Gazette · library.sqlite"
keys "stty -a | grep -o -- '-\?icanon' ; echo after-crash-\$((40 + 2))" Enter
wait_for "after-crash-42" >/dev/null
check "the terminal is restored after a crash" bash -c "tmux -L $socket capture-pane -t $session -p | grep -qx 'icanon'"

# The same library from the command line: a second import skips what it has, search finds.
keys clear Enter
keys "$binary import $samples" Enter
check "a second import skips unchanged files" wait_for "Imported 0, updated 0, skipped 5, failed 0"
keys clear Enter
keys "$binary search 'person:biden kadhimi' --sort date" Enter
check "search on the command line finds articles with snippets" wait_for "«Kadhimi»"

echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
