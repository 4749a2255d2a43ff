#!/usr/bin/env bash
# The library under stress, with the real binary: an import killed with SIGKILL, an import
# and a reader at once, and files that are not Gazette libraries.
# Usage: Tests/e2e/library-e2e.sh PATH/TO/gazette
set -uo pipefail

binary=$(realpath "${1:?usage: library-e2e.sh PATH/TO/gazette}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
check() {
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok   - $name"; else failed=$((failed + 1)); echo "FAIL - $name"; fi
}

# Articles of a few sentences each, varied enough to be distinct.
make_articles() {
  local folder=$1 count=$2
  mkdir -p "$folder"
  for i in $(seq 1 "$count"); do
    printf 'Harbour report %s\n\nPublished: 2021-0%s-1%s\n\nThe harbour council met on day %s to discuss ferry number %s. Officials said the budget for pier %s would grow. Workers from Baghdad and Paris attended the meeting about crane %s.\n' \
      "$i" $((i % 9 + 1)) $((i % 10)) "$i" "$i" "$i" "$i" > "$folder/article-$i.txt"
  done
}

library="$work/library.sqlite"
# More than the importer's largest transaction (8,192 articles), so a kill lands mid-import.
batch=12000
make_articles "$work/batch" $batch

# 1. An import killed mid-way leaves a consistent library; the next import finishes the job.
"$binary" import --library "$library" "$work/batch" > /dev/null 2>&1 &
importer=$!
for _ in $(seq 1 300); do  # the importer commits every few seconds
  [ -f "$library" ] && [ "$(sqlite3 "$library" 'SELECT count(*) FROM article' 2>/dev/null || echo 0)" -gt 0 ] && break
  sleep 0.1
done
kill -9 "$importer" 2>/dev/null
wait "$importer" 2>/dev/null
stored=$(sqlite3 "$library" 'SELECT count(*) FROM article')
check "the killed import had stored part of the work ($stored of $batch)" test "$stored" -lt $batch
check "the library passes SQLite's integrity check after SIGKILL" test "$(sqlite3 "$library" 'PRAGMA integrity_check')" = "ok"
check "every stored article has its file and every file its article" \
  test "$(sqlite3 "$library" 'SELECT count(*) FROM article WHERE id NOT IN (SELECT article_id FROM source_file WHERE article_id IS NOT NULL)')" = "0"
# Through gazette: the index's tokenizer is Gazette's own, which the sqlite3 shell does not have.
check "the full-text index matches the articles" \
  test "$("$binary" search --library "$library" harbour --json --limit 100000 | wc -l)" = "$stored"
summary=$("$binary" import --library "$library" "$work/batch")
check "the next import finishes the job" test "$(sqlite3 "$library" 'SELECT count(*) FROM article')" = "$batch"
check "and skips what was already stored ($summary)" bash -c "echo '$summary' | grep -q 'skipped $stored,'"

# 2. One process imports while another searches the same library.
make_articles "$work/more" 800
sed -i 's/Harbour report/Port bulletin/' "$work"/more/*.txt
"$binary" import --library "$library" "$work/more" > /dev/null 2>&1 &
importer=$!
searches_ok=true
searches=0
while kill -0 "$importer" 2>/dev/null; do
  if ! output=$("$binary" search --library "$library" ferry --limit 5 2>&1); then
    searches_ok=false
    echo "search failed while importing: $output"
  fi
  searches=$((searches + 1))
done
wait "$importer"
importer_status=$?
check "searches while importing all succeeded ($searches of them)" $searches_ok
check "the concurrent import succeeded" test "$importer_status" -eq 0
check "both imports are in the library" test "$(sqlite3 "$library" 'SELECT count(*) FROM article')" = "$((batch + 800))"

# 3. A reader marks an article while another process holds the write lock, as an import does
#    for up to a few seconds per transaction: the key answers at once, the mark is saved after.
socket="gazette-library-e2e-$$"
tmux_() { tmux -L "$socket" "$@"; }
trap 'tmux_ kill-server 2>/dev/null; rm -rf "$work"' EXIT
pane_has() {  # waits up to $2 tenths of a second for the screen to show $1
  for _ in $(seq 1 "$2"); do tmux_ capture-pane -t reader -p | grep -qF -- "$1" && return 0; sleep 0.1; done
  return 1
}
tmux_ new-session -d -s reader -x 120 -y 40 "env -i HOME=$work TERM=xterm-256color LANG=C.UTF-8 PS1='e2e\$ ' bash --norc --noprofile"
pane_has 'e2e$' 100
tmux_ send-keys -t reader "$binary --library $library; echo reader-exited-\$((40 + 2))" Enter
pane_has "Port bulletin" 100
(echo "BEGIN IMMEDIATE; UPDATE article SET is_read = is_read WHERE id = 1;"; sleep 6; echo "COMMIT;") | sqlite3 "$library" &
holder=$!
sleep 1
tmux_ send-keys -t reader s
check "a star while another process writes shows at once" pane_has "Starred" 20
check "and is not yet in the library" test "$(sqlite3 "$library" 'SELECT count(*) FROM article WHERE is_starred')" = "0"
tmux_ send-keys -t reader q
wait "$holder"
check "the reader saves the mark once the lock is free, then exits" pane_has "reader-exited-42" 150
check "the star is in the library" test "$(sqlite3 "$library" 'SELECT count(*) FROM article WHERE is_starred')" = "1"
tmux_ kill-server 2>/dev/null

# 4. Files that are not Gazette libraries: a clear message, the file untouched.
printf 'my shopping list\n' > "$work/notes.sqlite"
before=$(md5sum < "$work/notes.sqlite")
message=$("$binary" search --library "$work/notes.sqlite" ferry 2>&1)
status=$?
check "a text file as library: exit 2 with a clear message" bash -c "[ $status -eq 2 ] && echo '$message' | grep -q 'not a SQLite database'"
check "a text file as library is left untouched" test "$(md5sum < "$work/notes.sqlite")" = "$before"

sqlite3 "$work/other.sqlite" "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');"
before=$(md5sum < "$work/other.sqlite")
message=$("$binary" import --library "$work/other.sqlite" "$work/batch" 2>&1)
status=$?
check "another program's database: exit 2 with a clear message" bash -c "[ $status -eq 2 ] && echo '$message' | grep -q 'some other program'"
check "another program's database is left untouched" test "$(md5sum < "$work/other.sqlite")" = "$before"

cp "$library" "$work/damaged.sqlite"
# Keep the header, ruin the pages after it.
dd if=/dev/urandom of="$work/damaged.sqlite" bs=4096 seek=1 count=64 conv=notrunc 2>/dev/null
message=$("$binary" search --library "$work/damaged.sqlite" ferry 2>&1)
status=$?
check "a damaged library: a message, not a crash (exit $status)" bash -c "[ $status -ne 0 ] && [ $status -lt 128 ] && echo '$message' | grep -q 'damaged.sqlite'"

# 5. The command line: "-word" is the query's, and reading commands make no library at a wrong path.
count() { "$binary" search --library "$library" "$@" --json --limit 100000 | wc -l; }
all=$(count harbour); bulletins=$(count bulletin); rest=$(count harbour -bulletin)
check "search harbour -bulletin leaves out the $bulletins bulletins ($rest of $all left)" \
  bash -c "[ $bulletins -gt 0 ] && [ $rest -eq $((all - bulletins)) ]"
found=$("$binary" search --library "$library" harbour --json --limit 1 | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["id"])')
shown=$("$binary" show --library "$library" "$found" --json | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["library_id"])')
check "show of a search result's id gives the same id back ($found)" test "$shown" = "$found"
prefix=$("$binary" search --library "$library" harbo --limit 1 2>&1)
check "search harbo, a word no article has whole, is read as a prefix" bash -c "echo '$prefix' | grep -q 'read as a prefix' && echo '$prefix' | grep -qi '«harbo'"
message=$("$binary" search --library "$work/typo/lib.sqlite" ferry 2>&1)
status=$?
check "search on a missing library: exit 2 and says so" bash -c "[ $status -eq 2 ] && echo '$message' | grep -q 'no library at'"
check "and makes no library there" test ! -e "$work/typo"
"$binary" show --library "$work/typo/lib.sqlite" 12345 > /dev/null 2>&1
check "show of an id with no library makes none either" test ! -e "$work/typo"

echo "library e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
