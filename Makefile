# Gazette: `make run` opens the reader on the bundled samples; `make test` runs every test.
PREFIX ?= /usr/local
SWIFT ?= swift
DEBIAN_PACKAGES := libncurses-dev libsqlite3-dev sqlite3 tmux
RELEASE_BIN := .build/release/gazette
DEBUG_BIN := .build/debug/gazette

.PHONY: deps build run test unit-test e2e bench install clean readme

# Installs the Debian packages Gazette needs when they are missing (as root), or says how.
deps:
	@command -v $(SWIFT) >/dev/null 2>&1 || { echo "Gazette needs Swift 6 (swift.org/install) on PATH."; exit 1; }
	@missing=""; for package in $(DEBIAN_PACKAGES); do \
	  dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else \
	    echo "Gazette needs these Debian packages:$$missing"; \
	    echo "Install them with:  sudo apt-get install -y$$missing"; \
	    exit 1; \
	  fi; \
	fi

build: deps
	$(SWIFT) build -c release --product gazette

run: build
	$(RELEASE_BIN)

test: deps unit-test e2e check-model

unit-test:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The real binary in a real terminal (tmux): keys in, screen out; then the library under stress.
e2e:
	$(SWIFT) build --product gazette
	bash Tests/e2e/reader-e2e.sh $(DEBUG_BIN)
	bash Tests/e2e/library-e2e.sh $(DEBUG_BIN)

bench: deps
	$(SWIFT) build -c release
	.build/release/gazette-bench --gazette $(RELEASE_BIN)

install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/gazette
	install -m 755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/gazette
	cp -R Resources/. $(DESTDIR)$(PREFIX)/share/gazette/

# Rewrites the README's key table from the keymap.
readme:
	$(SWIFT) build --product gazette
	python3 Tests/e2e/update-readme-keys.py $(DEBUG_BIN)

clean:
	rm -rf .build

.PHONY: train-entities eval-entities check-model
# The training data: beside the project, or in this workplace's shared folder when a clone sits elsewhere.
NER_DATA ?= $(firstword $(wildcard ../shared/data/ner /work/shared/data/ner) ../shared/data/ner)

# Rebuilds Resources/entities/{gazetteer.bin,tagger.bin,common_words.txt} from $(NER_DATA); deterministic.
train-entities:
	$(SWIFT) build -c release --product gazette-train
	.build/release/gazette-train --data $(NER_DATA) --out Resources/entities

# The committed model is what `make train-entities` makes from this code and data: trains into a
# scratch folder and compares byte for byte. Without the training data it says so and passes.
check-model:
	@if [ ! -d "$(NER_DATA)" ]; then echo "check-model: no training data at $(NER_DATA); skipped"; exit 0; fi; \
	set -e; $(SWIFT) build -c release --product gazette-train; \
	scratch=$$(mktemp -d); cp Resources/entities/*.txt Resources/entities/*.tsv $$scratch/; \
	.build/release/gazette-train --data $(NER_DATA) --out $$scratch > $$scratch/train.log; \
	for file in gazetteer.bin tagger.bin common_words.txt; do \
	  cmp -s $$scratch/$$file Resources/entities/$$file || { \
	    echo "check-model: Resources/entities/$$file is not what make train-entities makes: run it and commit"; \
	    rm -rf $$scratch; exit 1; }; \
	done; rm -rf $$scratch; echo "check-model: the committed model is what make train-entities makes"

# Per-article entity sets against the samples' gold and held-out wikigold; spaCy beside it when installed.
eval-entities:
	$(SWIFT) build -c release --product gazette
	python3 Tools/entities/eval_entities.py --gazette $(RELEASE_BIN) --data $(NER_DATA)
