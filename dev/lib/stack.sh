# dev/lib/stack.sh: start and stop a throwaway CIMoLT stack (MariaDB,
# cimoltd, nginx) that lives entirely under one var dir and answers on one
# port of 127.0.0.1.
#
# Sourced (not run) by dev/up, dev/down, dev/test and the integration tests.
# Call stack_init VARDIR PORT first; every other function then works on that
# stack, so dev/test can run its own stack (var/test, 18080) next to the one
# dev/up started (var, 8080). Each process's PID is kept in VARDIR/run/NAME.pid
# and a process counts as running only if that PID is alive and has the
# expected program name (a stale file after a reboot must not match some
# unrelated process).
#
# Functions return 0 on success and non-zero on failure, after saying why on
# stderr; the callers run under `set -e` or test the status themselves.

STACK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# The directory with the cimoltd and cimolt-admin the stack and the tests
# run: the source tree's own build, or CIMOLT_BIN (dev/test points it at
# its sanitizer build, var/build-san/fcgi).
STACK_BIN=${CIMOLT_BIN:-$STACK_ROOT/fcgi}

# Debian packages, by what needs them. Libraries are checked with dpkg-query;
# programs by command, because a host may have e.g. nginx-full instead of
# nginx-light, or Node.js (with its own npm) from another source.
STACK_BUILD_PKGS="build-essential autoconf automake pkg-config libfcgi-dev libmariadb-dev
 libxml2-dev libxslt1-dev libcurl4-openssl-dev libsodium-dev libjansson-dev libinih-dev
 libcmocka-dev libstemmer-dev"
STACK_RUNTIME_CMDS="mariadbd:mariadb-server mariadb:mariadb-client nginx:nginx-light curl:curl
 node:nodejs npm:npm openssl:openssl python3:python3"
STACK_TEST_CMDS="xmllint:libxml2-utils xsltproc:xsltproc wrk:wrk chromium:chromium
 java:default-jre-headless mandoc:mandoc systemd-analyze:systemd apache2:apache2"
# Packages of dev/test, checked with dpkg-query like the build packages:
# the fonts the browser tests measure with (tests/browser/fonts.conf: the
# families static/cimolt.css names first, and DejaVu); clang with its
# runtimes and llvm-symbolizer for the sanitizer build and the libFuzzer
# harnesses; debhelper, lintian and fakeroot to build and check the
# Debian package (tests/package/run); python3-icalendar, the iCalendar
# parser the integration tests read the calendar files back with.
STACK_TEST_PKGS="fonts-noto-core fonts-noto-mono fonts-dejavu-core
 clang-14 libclang-rt-14-dev llvm-14 debhelper lintian fakeroot
 python3-icalendar"

stack_say() { printf '%s\n' "$*" >&2; }

# stack_now: seconds since the epoch with milliseconds, for timings.
stack_now() { date +%s.%3N; }

# stack_packages [test]: install the Debian packages that are missing (build
# and runtime; also the test tools and fonts with "test"). Fast when nothing
# is missing: one dpkg-query call and a few `command -v`.
stack_packages() {
	local missing=() p cmd pkg have pkgs=$STACK_BUILD_PKGS
	[ "${1:-}" = test ] && pkgs="$pkgs $STACK_TEST_PKGS"
	# dpkg-query exits 1 when a package is not installed at all: that is
	# the answer looked for, not a failure (and under set -e it would end
	# dev/up right here, silently).
	have=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' $pkgs 2>/dev/null \
		| awk '$2 == "installed" { print $1 }') || :
	for p in $pkgs; do
		grep -qx -- "$p" <<<"$have" || missing+=("$p")
	done
	local cmds=$STACK_RUNTIME_CMDS
	[ "${1:-}" = test ] && cmds="$cmds $STACK_TEST_CMDS"
	for p in $cmds; do
		cmd=${p%%:*} pkg=${p#*:}
		command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	stack_say "installing Debian packages: ${missing[*]}"
	local sudo=
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q &&
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
		"${missing[@]}"
}

# stack_build: build fcgi/cimoltd and fcgi/cimolt-admin in the source tree,
# running autoreconf and configure only when their outputs are missing
# (make itself reruns them when configure.ac or Makefile.am change).
stack_build() {
	(
		cd "$STACK_ROOT" || exit 1
		if [ ! -x configure ]; then
			stack_say "autoreconf -fi"
			autoreconf -fi || exit 1
		fi
		if [ ! -f Makefile ]; then
			stack_say "./configure"
			./configure -q || exit 1
		fi
		make -s -j"$(nproc 2>/dev/null || echo 2)" >&2
	)
}

# stack_build_san: build the programs, the unit tests and the libFuzzer
# harnesses with AddressSanitizer and UndefinedBehaviorSanitizer in
# var/build-san (STACK_SAN_BUILD), a copy of the sources configured with
# --enable-sanitizers (with clang when there is one). A copy, because
# automake cannot build a second tree from a source tree that is
# configured in place (as dev/up leaves it): make would take the
# unsanitized objects from there. The files git knows (and new ones it
# does not ignore) are copied with their times kept, so make rebuilds
# only what changed; autoreconf and configure run only when their
# outputs are missing (or configure's compiler changed).
STACK_SAN_BUILD=$STACK_ROOT/var/build-san
stack_build_san() {
	(
		cd "$STACK_ROOT" || exit 1
		mkdir -p "$STACK_SAN_BUILD" || exit 1
		if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
			git ls-files -z -co --exclude-standard
		else
			find . \( -path ./var -o -path ./.git -o -path ./node_modules -o \
				-path ./static/vendor -o -path ./autom4te.cache -o -name .deps \) -prune -o \
				-type f ! -name '*.[oa]' ! -name Makefile ! -name 'config.*' \
				! -name stamp-h1 ! -name .dirstamp -print0
		fi | while IFS= read -r -d '' f; do [ -f "$f" ] && printf '%s\0' "$f"; done |
			tar -cf - --null -T - | tar -xpf - -C "$STACK_SAN_BUILD" || exit 1
		cd "$STACK_SAN_BUILD" || exit 1
		if [ ! -x configure ]; then
			stack_say "autoreconf -fi (in $STACK_SAN_BUILD)"
			autoreconf -fi || exit 1
		fi
		# clang, because gcc's UBSan beside ASan writes its reports to
		# stderr whatever log_path says (stack_sanitize); gcc otherwise.
		cc=$(command -v clang-14 || command -v clang || echo cc)
		cc=${cc##*/}
		if [ ! -f Makefile ] || ! grep -qx "CC = $cc" Makefile; then
			# Objects of another compiler must not stay: make would
			# link them with this one's sanitizer runtime.
			[ ! -f Makefile ] || make -s distclean >/dev/null 2>&1
			stack_say "./configure --enable-sanitizers CC=$cc (in $STACK_SAN_BUILD)"
			./configure -q --enable-sanitizers CC="$cc" || exit 1
		fi
		make -s -j"$(nproc 2>/dev/null || echo 2)" all fuzz-build >&2
	)
}

# stack_sanitize LOGDIR LEAKS: set the sanitizers' options for every
# instrumented program started from here on. Reports go to files
# LOGDIR/sanitizer.PID (so that dev/test finds a report even from a
# worker whose output nobody reads) and end the program (abort_on_error;
# UBSan is built not to recover). LEAKS is 1 to detect leaks at exit,
# which dev/test asks of the unit tests, or 0, which it asks of the
# stack: cimoltd's master, workers and courier end on a signal with their
# process-lifetime allocations (configuration, compiled stylesheets, the
# database connection, libxml2's and libxslt's globals) still held by
# design, and cimolt-admin exits as soon as a command is done, so leak
# reports there would be noise, not findings. Leaks of one request are
# what the fuzz harnesses look for, with leak detection on.
stack_sanitize() {
	# A smaller quarantine than ASan's 256 MB: every sign-in frees a 64
	# MiB Argon2id buffer, and four workers would each hold 500 MB.
	export ASAN_OPTIONS="log_path=$1/sanitizer:abort_on_error=1:detect_leaks=$2:quarantine_size_mb=64"
	export UBSAN_OPTIONS="log_path=$1/sanitizer:halt_on_error=1:print_stacktrace=1"
	if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ] && [ -x /usr/bin/llvm-symbolizer-14 ]; then
		export ASAN_SYMBOLIZER_PATH=/usr/bin/llvm-symbolizer-14
	fi
}

# stack_vendor: install the third-party CSS under static/vendor/ (npm ci
# from the lock file, then a copy) with static/install-vendor, when it is
# missing or older than the lock file or the script.
stack_vendor() {
	local root=$STACK_ROOT stamp=$STACK_ROOT/static/vendor
	[ -f "$root/static/install-vendor" ] || return 0
	if [ -d "$stamp" ] && [ ! "$root/package-lock.json" -nt "$stamp" ] &&
		[ ! "$root/static/install-vendor" -nt "$stamp" ]; then
		return 0
	fi
	stack_say "static/install-vendor"
	bash "$root/static/install-vendor" && touch "$stamp"
}

# stack_init VARDIR PORT: choose the stack the other functions act on.
stack_init() {
	mkdir -p "$1" || return 1
	STACK_VAR=$(cd "$1" && pwd)
	STACK_PORT=$2
	STACK_URL="http://127.0.0.1:$STACK_PORT"
	# nginx also serves the stack over TLS on PORT+363 (8443 for 8080).
	STACK_TLS_PORT=$((STACK_PORT + 363))
	STACK_TLS_URL="https://127.0.0.1:$STACK_TLS_PORT"
	# Apache httpd, which the tests start beside nginx with the Apache
	# snippet (stack_apache_start): PORT+65, and PORT+364 over TLS.
	STACK_APACHE_PORT=$((STACK_PORT + 65))
	STACK_APACHE_URL="http://127.0.0.1:$STACK_APACHE_PORT"
	STACK_APACHE_TLS_PORT=$((STACK_PORT + 364))
	STACK_APACHE_TLS_URL="https://127.0.0.1:$STACK_APACHE_TLS_PORT"
	STACK_RUN=$STACK_VAR/run
	STACK_ETC=$STACK_VAR/etc
	STACK_LOG=$STACK_VAR/log
	STACK_DATADIR=$STACK_VAR/mariadb
	STACK_CONFIG=$STACK_ETC/cimolt.ini
	STACK_DB_NAME=cimolt
	STACK_DB_USER=cimolt
	STACK_ADMIN_USER=$(id -un)
	# Unix socket paths must stay well under the 108-byte sun_path limit;
	# when the checkout is deep, the sockets go to a short directory
	# named after a hash of the var dir.
	STACK_SOCKDIR=$STACK_RUN
	if [ ${#STACK_SOCKDIR} -gt 80 ]; then
		STACK_SOCKDIR=${TMPDIR:-/tmp}/cimolt-$(printf %s "$STACK_VAR" | md5sum | cut -c1-10)
	fi
	STACK_DB_SOCK=$STACK_SOCKDIR/mariadb.sock
	STACK_FCGI_SOCK=$STACK_SOCKDIR/cimoltd.sock
	mkdir -p "$STACK_RUN" "$STACK_ETC" "$STACK_LOG" "$STACK_SOCKDIR" "$STACK_VAR/tmp" || return 1
	if [ ! -s "$STACK_ETC/db-password" ]; then
		(umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$STACK_ETC/db-password")
	fi
	STACK_DB_PASSWORD=$(cat "$STACK_ETC/db-password")
	# [site] secret (keys the CSRF tokens) and the webhook's signing
	# secret: random once, then kept, so sessions and the receiver's
	# signature check survive a restart.
	STACK_SITE_SECRET=$(stack_secret site-secret) || return 1
	# The local mail receivers (tests/receivers/) listen beside the stack:
	# the webhook on PORT+25 (8105 for 8080), SMTP on PORT+45.
	STACK_WEBHOOK_PORT=$((STACK_PORT + 25))
	STACK_SMTP_PORT=$((STACK_PORT + 45))
	STACK_MAILDIR=$STACK_VAR/mail
	STACK_WEBHOOK_LOG=$STACK_MAILDIR/webhook.jsonl
	STACK_SMTP_DIR=$STACK_MAILDIR/smtp
}

# stack_secret NAME: print the 64-hex-digit secret kept in VARDIR/etc/NAME,
# making it on first use.
stack_secret() {
	local f=$STACK_ETC/$1
	if [ ! -s "$f" ]; then
		(umask 077 && od -An -tx1 -N32 /dev/urandom | tr -d ' \n' >"$f.tmp" &&
			mv "$f.tmp" "$f") || return 1
	fi
	cat "$f"
}

# stack_pid NAME: print the PID of the stack's running NAME (mariadb,
# cimoltd, nginx) and return 0, or return 1 if it is not running.
stack_pid() {
	local f=$STACK_RUN/$1.pid pid comm
	[ -s "$f" ] || return 1
	read -r pid <"$f" || return 1
	[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
	comm=$(cat "/proc/$pid/comm" 2>/dev/null) || return 1
	# A zombie has exited; where init does not reap orphans it lingers.
	[ "$(awk '{ print $3 }' "/proc/$pid/stat" 2>/dev/null)" != Z ] || return 1
	case $1:$comm in
	mariadb:mariadbd | mariadb:mysqld | cimoltd:cimoltd* | nginx:nginx | apache:apache2) ;;
	webhook:webhook | smtp:smtp) ;;
	*) return 1 ;;
	esac
	printf '%s\n' "$pid"
}

# stack_wait_gone PID SECONDS: wait until PID has exited (or is a zombie);
# return 1 if it is still there after SECONDS.
stack_wait_gone() {
	local pid=$1 end state
	end=$(($(date +%s%N) + $2 * 1000000000))
	while [ "$(date +%s%N)" -lt "$end" ]; do
		state=$(awk '{ print $3 }' "/proc/$pid/stat" 2>/dev/null) || return 0
		[ -z "$state" ] || [ "$state" = Z ] && return 0
		sleep 0.02
	done
	return 1
}

# stack_stop NAME [SECONDS]: SIGTERM the stack's NAME and wait for it to
# exit (default 15 s). Says what it did; returns 1 if it would not stop.
stack_stop() {
	local name=$1 pid
	if ! pid=$(stack_pid "$name"); then
		rm -f "$STACK_RUN/$name.pid"
		return 0
	fi
	kill -TERM "$pid" 2>/dev/null
	if stack_wait_gone "$pid" "${2:-15}"; then
		rm -f "$STACK_RUN/$name.pid"
		stack_say "stopped $name (pid $pid)"
		return 0
	fi
	stack_say "$name (pid $pid) is still running ${2:-15} s after SIGTERM"
	return 1
}

# stack_spawn NAME LOG CMD...: start CMD detached from the caller's session
# (so it outlives dev/up and ignores the terminal's ^C), with stdin from
# /dev/null and output appended to LOG; record its PID.
stack_spawn() {
	local name=$1 log=$2
	shift 2
	# In a non-interactive shell the background child is not a process-group
	# leader, so setsid does not fork again and $! is the program's PID.
	setsid "$@" </dev/null >>"$log" 2>&1 &
	printf '%s\n' "$!" >"$STACK_RUN/$name.pid"
}

# stack_sql [ARGS...]: run the mariadb client as the database administrator
# (the OS user, through the unix_socket plugin) on the stack's server. It
# talks UTF-8 whatever the locale: without one (LANG unset, as in a fresh
# container) the client would take its input and give its output as
# latin1, which garbles the demo data and the tests' readings.
stack_sql() {
	mariadb --no-defaults --default-character-set=utf8mb4 --socket="$STACK_DB_SOCK" \
		-u "$STACK_ADMIN_USER" "$@"
}

# stack_db_ping: return 0 if the stack's MariaDB answers.
stack_db_ping() {
	mariadb-admin --no-defaults --socket="$STACK_DB_SOCK" -u "$STACK_ADMIN_USER" \
		--connect-timeout=1 ping >/dev/null 2>&1
}

# stack_db_start: create the data directory on first use, start mariadbd
# (no networking, only the unix socket) and wait until it answers.
stack_db_start() {
	local user_opt=() pid i
	[ "$(id -u)" -eq 0 ] && user_opt=(--user=root)
	if pid=$(stack_pid mariadb); then
		stack_db_ping && return 0
	else
		# Small InnoDB files and buffer pool: this is a development server.
		local opts=(--innodb-log-file-size=16M --innodb-buffer-pool-size=64M
			--character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci
			--skip-name-resolve)
		if [ ! -d "$STACK_DATADIR/mysql" ]; then
			rm -rf "$STACK_DATADIR"
			mariadb-install-db --no-defaults --datadir="$STACK_DATADIR" "${user_opt[@]}" \
				--auth-root-authentication-method=socket \
				--auth-root-socket-user="$STACK_ADMIN_USER" --skip-test-db "${opts[@]}" \
				>"$STACK_LOG/mariadb-install.log" 2>&1 || {
				stack_say "mariadb-install-db failed; see $STACK_LOG/mariadb-install.log"
				return 1
			}
		fi
		rm -f "$STACK_DB_SOCK"
		stack_spawn mariadb "$STACK_LOG/mariadb.log" mariadbd --no-defaults \
			--datadir="$STACK_DATADIR" --socket="$STACK_DB_SOCK" \
			--pid-file="$STACK_RUN/mariadb.pid" --log-error="$STACK_LOG/mariadb.log" \
			--skip-networking "${user_opt[@]}" "${opts[@]}"
		pid=$(cat "$STACK_RUN/mariadb.pid")
	fi
	for i in $(seq 1 500); do
		stack_db_ping && return 0
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.02
	done
	stack_say "MariaDB did not start; see $STACK_LOG/mariadb.log"
	return 1
}

# stack_db_setup: create the application database and its user (password
# from VARDIR/etc/db-password). Safe to repeat.
stack_db_setup() {
	stack_sql <<-SQL
		CREATE DATABASE IF NOT EXISTS \`$STACK_DB_NAME\`
		  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
		CREATE USER IF NOT EXISTS '$STACK_DB_USER'@'localhost';
		ALTER USER '$STACK_DB_USER'@'localhost' IDENTIFIED BY '$STACK_DB_PASSWORD';
		GRANT ALL PRIVILEGES ON \`$STACK_DB_NAME\`.* TO '$STACK_DB_USER'@'localhost';
	SQL
}

# stack_db_wipe: drop the application database (dev/test starts from an
# empty one every run).
stack_db_wipe() {
	stack_sql -e "DROP DATABASE IF EXISTS \`$STACK_DB_NAME\`"
}

# stack_write_config [FILE [SCHEMA_DIR [DB_NAME [LISTEN]]]]: write the
# cimoltd/cimolt-admin configuration (default: the stack's own).
stack_write_config() {
	local file=${1:-$STACK_CONFIG}
	(umask 077 && cat >"$file") <<-INI
		; Written by dev/lib/stack.sh for the local stack in $STACK_VAR.
		[server]
		listen = ${4:-unix:$STACK_FCGI_SOCK}
		socket_mode = 0660
		workers = auto
		max_body = 1048576
		log_level = info

		[paths]
		xslt = $STACK_ROOT/xslt
		schema = ${2:-$STACK_ROOT/schema}

		[database]
		socket = $STACK_DB_SOCK
		user = $STACK_DB_USER
		password = $STACK_DB_PASSWORD
		name = ${3:-$STACK_DB_NAME}

		[site]
		base_url = $STACK_URL
		secret = $STACK_SITE_SECRET

		[session]
		idle_minutes = 120
		absolute_hours = 12

		[login]
		max_failures_account = 5
		max_failures_address = 20

		; Every visitor of a local stack comes from 127.0.0.1, and the
		; tests and benchmarks register thousands: the throttles and the
		; waiting list's bound are lifted here (the tests of these limits
		; set them low themselves).
		[registration]
		per_client_per_hour = 1000000
		per_address_per_hour = 1000000
		waitlist_max = 100000
	INI
	[ -n "${STACK_MAIL_WEBHOOK_URL:-}${STACK_MAIL_SMTP_URL:-}" ] || return 0
	{
		printf '\n[mail]\nfrom = %s\n' "$STACK_MAIL_FROM"
		if [ -n "${STACK_MAIL_WEBHOOK_URL:-}" ]; then
			printf 'webhook_url = %s\nwebhook_secret = %s\n' \
				"$STACK_MAIL_WEBHOOK_URL" "$STACK_MAIL_WEBHOOK_SECRET"
		fi
		if [ -n "${STACK_MAIL_SMTP_URL:-}" ]; then
			printf 'smtp_url = %s\n' "$STACK_MAIL_SMTP_URL"
			[ -z "${STACK_MAIL_SMTP_USER:-}" ] ||
				printf 'smtp_user = %s\nsmtp_password = %s\n' \
					"$STACK_MAIL_SMTP_USER" "${STACK_MAIL_SMTP_PASSWORD:-}"
		fi
		[ -z "${STACK_MAIL_RETRY_BASE:-}" ] ||
			printf 'retry_base_seconds = %s\n' "$STACK_MAIL_RETRY_BASE"
	} >>"$file"
}

# stack_receiver_start NAME [ARGS...]: start the loopback receiver
# tests/receivers/NAME (webhook or smtp) on its port, unless it runs,
# and wait until it accepts connections.
stack_receiver_start() {
	local name=$1 port pid i
	shift
	stack_pid "$name" >/dev/null && return 0
	if [ "$name" = webhook ]; then port=$STACK_WEBHOOK_PORT; else port=$STACK_SMTP_PORT; fi
	mkdir -p "$STACK_MAILDIR" || return 1
	stack_spawn "$name" "$STACK_LOG/$name-receiver.log" \
		"$STACK_ROOT/tests/receivers/$name" --port "$port" "$@"
	pid=$(cat "$STACK_RUN/$name.pid")
	for i in $(seq 1 250); do
		(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.02
	done
	stack_say "the $name receiver did not start on 127.0.0.1:$port; see $STACK_LOG/$name-receiver.log"
	tail -n 3 "$STACK_LOG/$name-receiver.log" >&2
	return 1
}

# stack_mail_setup dev|test: choose where the courier delivers (the
# STACK_MAIL_* variables stack_write_config puts under [mail]).
#   dev:  CIMOLT_WEBHOOK_URL, CIMOLT_WEBHOOK_SECRET, CIMOLT_SMTP_URL (and
#         CIMOLT_SMTP_USER, CIMOLT_SMTP_PASSWORD, CIMOLT_MAIL_FROM) from the
#         environment; when neither URL is set, the local webhook receiver,
#         which shows what arrived at http://127.0.0.1:PORT+25/.
#   test: fresh webhook and SMTP receivers (their records emptied), both
#         transports configured, and a first retry after 1 s.
stack_mail_setup() {
	STACK_MAIL_FROM=${CIMOLT_MAIL_FROM:-CIMoLT <noreply@cimolt.nl>}
	STACK_MAIL_WEBHOOK_URL= STACK_MAIL_SMTP_URL= STACK_MAIL_RETRY_BASE=
	STACK_MAIL_SMTP_USER= STACK_MAIL_SMTP_PASSWORD=
	STACK_MAIL_WEBHOOK_SECRET=$(stack_secret webhook-secret) || return 1
	if [ "$1" = test ]; then
		stack_stop webhook 2>/dev/null && stack_stop smtp 2>/dev/null || return 1
		rm -rf "$STACK_MAILDIR"
		stack_receiver_start webhook --log "$STACK_WEBHOOK_LOG" \
			--secret-file "$STACK_ETC/webhook-secret" || return 1
		stack_receiver_start smtp --dir "$STACK_SMTP_DIR" || return 1
		STACK_MAIL_WEBHOOK_URL=http://127.0.0.1:$STACK_WEBHOOK_PORT/hook
		STACK_MAIL_SMTP_URL=smtp://127.0.0.1:$STACK_SMTP_PORT
		STACK_MAIL_RETRY_BASE=1
	elif [ -n "${CIMOLT_WEBHOOK_URL:-}${CIMOLT_SMTP_URL:-}" ]; then
		stack_stop webhook || return 1
		STACK_MAIL_WEBHOOK_URL=${CIMOLT_WEBHOOK_URL:-}
		STACK_MAIL_WEBHOOK_SECRET=${CIMOLT_WEBHOOK_SECRET:-$STACK_MAIL_WEBHOOK_SECRET}
		STACK_MAIL_SMTP_URL=${CIMOLT_SMTP_URL:-}
		STACK_MAIL_SMTP_USER=${CIMOLT_SMTP_USER:-}
		STACK_MAIL_SMTP_PASSWORD=${CIMOLT_SMTP_PASSWORD:-}
	else
		stack_receiver_start webhook --log "$STACK_WEBHOOK_LOG" \
			--secret-file "$STACK_ETC/webhook-secret" || return 1
		STACK_MAIL_WEBHOOK_URL=http://127.0.0.1:$STACK_WEBHOOK_PORT/hook
	fi
}

# stack_migrate: apply the schema migrations to the stack's database.
stack_migrate() {
	"$STACK_BIN/cimolt-admin" -c "$STACK_CONFIG" migrate >>"$STACK_LOG/migrate.log" 2>&1 || {
		stack_say "cimolt-admin migrate failed:"
		tail -n 5 "$STACK_LOG/migrate.log" >&2
		return 1
	}
}

# stack_load_demo: load dev/demo.sql (idempotent) into the stack's database.
stack_load_demo() {
	stack_sql "$STACK_DB_NAME" <"$STACK_ROOT/dev/demo.sql"
}

# The demo accounts, one per role, all with the password
# STACK_DEMO_PASSWORD: role, e-mail, organisation (CBS code, or @organiser
# for the organiser's own organisation, which has none) and name.
STACK_DEMO_PASSWORD=demo-cimolt-2027
STACK_DEMO_USERS="member lid@ede.example GM0228 Lotte Lid
coordinator coordinator@ede.example GM0228 Cor Coördinator
regional regio@gelderland.example PV25 Rianne Regio
organiser organisator@cimolt.example @organiser Olaf Organisator
admin beheerder@cimolt.example @organiser Bea Beheerder"

# stack_demo_email ROLE: the e-mail address of the demo account of ROLE.
stack_demo_email() {
	awk -v r="$1" '$1 == r { print $2 }' <<<"$STACK_DEMO_USERS"
}

# stack_has_users: cimolt-admin has the user commands (its usage, printed
# with exit status 1 when no command is given, lists them).
stack_has_users() {
	local usage
	usage=$("$STACK_BIN/cimolt-admin" 2>&1)
	case $usage in *"user add"*) return 0 ;; esac
	return 1
}

# stack_demo_accounts: create the demo accounts that do not exist yet
# (with cimolt-admin user add, once it has that command).
stack_demo_accounts() {
	local admin=$STACK_BIN/cimolt-admin role email org name org_id n
	stack_has_users || return 0
	org_id=$(stack_sql -N -B "$STACK_DB_NAME" -e "SELECT MIN(id) FROM organisations
		WHERE kind = 'organisator'") || return 1
	while read -r role email org name; do
		n=$(stack_sql -N -B "$STACK_DB_NAME" -e "SELECT COUNT(*) FROM users
			WHERE email = '$email'") || return 1
		[ "$n" = 0 ] || continue
		[ "$org" = @organiser ] && org=$org_id
		printf '%s' "$STACK_DEMO_PASSWORD" | "$admin" -c "$STACK_CONFIG" user add \
			--email "$email" --name "$name" --org "$org" --role "$role" \
			>>"$STACK_LOG/demo-accounts.log" 2>&1 || {
			stack_say "cimolt-admin user add --email $email failed:"
			tail -n 3 "$STACK_LOG/demo-accounts.log" >&2
			return 1
		}
	done <<<"$STACK_DEMO_USERS"
}

# The demo monitor: the questionnaires of two years and
# submitted rounds of a few municipalities for each. Ede (GM0228, the demo
# accounts' municipality) has a 2025 round, for "copy last year's
# answers", and none for 2026, so that the demo coordinator can fill one
# in; Zutphen (GM0301) has none at all (the browser tests register its
# people). Arnhem, Nijmegen, Apeldoorn, Doetinchem and Wageningen have
# both years, Harderwijk only 2025.
STACK_DEMO_ROUNDS_2025=GM0228,GM0202,GM0268,GM0200,GM0222,GM0243,GM0289
STACK_DEMO_ROUNDS_2026=GM0202,GM0268,GM0200,GM0222,GM0289

# stack_has_monitor: cimolt-admin has the questionnaire and monitor
# commands.
stack_has_monitor() {
	local usage
	usage=$("$STACK_BIN/cimolt-admin" 2>&1)
	[[ $usage == *"questionnaire import"* && $usage == *"monitor generate"* ]]
}

# stack_demo_monitor: import schema/questionnaire-2026.xml and a 2025 copy
# of it (made in VARDIR/tmp), then generate the demo rounds. Idempotent:
# an imported file is "imported already", and a municipality that has a
# round for the year keeps it.
stack_demo_monitor() {
	local admin=$STACK_BIN/cimolt-admin log=$STACK_LOG/demo-monitor.log
	local q2026=$STACK_ROOT/schema/questionnaire-2026.xml q2025=$STACK_VAR/tmp/questionnaire-2025.xml
	[ -f "$q2026" ] && stack_has_monitor || return 0
	sed 's/year="2026"/year="2025"/' "$q2026" >"$q2025.tmp" && mv "$q2025.tmp" "$q2025" || return 1
	{
		"$admin" -c "$STACK_CONFIG" questionnaire import "$q2026" &&
			"$admin" -c "$STACK_CONFIG" questionnaire import "$q2025" &&
			"$admin" -c "$STACK_CONFIG" monitor generate --year 2025 \
				--orgs "$STACK_DEMO_ROUNDS_2025" &&
			"$admin" -c "$STACK_CONFIG" monitor generate --year 2026 \
				--orgs "$STACK_DEMO_ROUNDS_2026"
	} >>"$log" 2>&1 || {
		stack_say "loading the demo monitor failed:"
		tail -n 5 "$log" >&2
		return 1
	}
}

# The demo benchmark: the advice rules of schema/advice.xml,
# three municipalities that opted in to be named (Arnhem, Nijmegen,
# Apeldoorn; all three have submitted rounds in both demo years, which
# give Gelderland 7 participants in 2025 and 5 in 2026, at least the
# default min_group), and two advice requests of Ede for the organisers'
# page.
STACK_DEMO_NAMED=GM0202,GM0268,GM0200

# stack_has_benchmark: cimolt-admin has the advice and benchmark commands.
stack_has_benchmark() {
	local usage
	usage=$("$STACK_BIN/cimolt-admin" 2>&1)
	[[ $usage == *"advice import"* && $usage == *"benchmark recompute"* ]]
}

# stack_demo_benchmark: import schema/advice.xml, compute the peer
# statistics if there are none, set show_name of the named demo
# municipalities, add the demo advice requests. Idempotent:
# the file is "imported already" the second time, and the requests are
# added only when Ede has none; show_name is set only on the first run
# (when the advice file was not imported yet), so that a demo
# coordinator's later choice stays.
stack_demo_benchmark() {
	local admin=$STACK_BIN/cimolt-admin log=$STACK_LOG/demo-benchmark.log
	local advice=$STACK_ROOT/schema/advice.xml first out
	[ -f "$advice" ] && stack_has_benchmark || return 0
	first=$(stack_sql -N -B "$STACK_DB_NAME" -e "SELECT COUNT(*) = 0 FROM advice_sets") || return 1
	out=$("$admin" -c "$STACK_CONFIG" advice import "$advice" 2>&1) || {
		printf '%s\n' "$out" >>"$log"
		stack_say "importing schema/advice.xml failed:"
		tail -n 5 <<<"$out" >&2
		return 1
	}
	printf '%s\n' "$out" >>"$log"
	# Rounds submitted before the benchmark existed (an older var/) have
	# no peer statistics yet.
	if [ "$(stack_sql -N -B "$STACK_DB_NAME" -e "SELECT EXISTS (SELECT 1 FROM rounds
		WHERE status = 'submitted') AND NOT EXISTS (SELECT 1 FROM peer_groups)")" = 1 ]; then
		"$admin" -c "$STACK_CONFIG" benchmark recompute >>"$log" 2>&1 || {
			stack_say "cimolt-admin benchmark recompute failed; see $log"
			return 1
		}
	fi
	[ "$first" = 1 ] || return 0
	stack_sql "$STACK_DB_NAME" <<-SQL
		UPDATE organisations SET show_name = 1
		 WHERE FIND_IN_SET(cbs_code, '$STACK_DEMO_NAMED');
		INSERT INTO advice_requests (organisation_id, user_id, topic, question, contact,
		  phone, status, created_at)
		SELECT u.organisation_id, u.id, d.topic, d.question, d.contact, d.phone, d.status,
		  UTC_TIMESTAMP() - INTERVAL d.age HOUR
		FROM users u
		JOIN (SELECT 'coordinator@ede.example' AS email, 'borging' AS topic,
		        'Hoe borgen wij circulair inkopen in onze inkoopprocessen? Wij scoren laag op borging en willen weten waar we moeten beginnen.' AS question,
		        'gesprek' AS contact, '' AS phone, 'in_progress' AS status, 50 AS age
		      UNION ALL
		      SELECT 'lid@ede.example', 'gww',
		        'Welke circulaire criteria passen bij een onderhoudscontract voor wegen?',
		        'telefoon', '0318 123 456', 'new', 2) AS d ON d.email = u.email
		WHERE NOT EXISTS (SELECT 1 FROM advice_requests r WHERE r.organisation_id = u.organisation_id);
	SQL
	# The names change what the benchmark may show (disclosure control).
	"$admin" -c "$STACK_CONFIG" benchmark recompute >>"$log" 2>&1 || {
		stack_say "cimolt-admin benchmark recompute failed; see $log"
		return 1
	}
}

# stack_demo_practices: load dev/demo-practices.sql (the demo
# practice library, ids 1..14 that schema/advice.xml links to), after the
# demo accounts, whose Ede people are contact persons, and make their
# search terms (stems, which SQL cannot make). Idempotent.
stack_demo_practices() {
	local f=$STACK_ROOT/dev/demo-practices.sql
	[ -f "$f" ] || return 0
	stack_sql "$STACK_DB_NAME" <"$f" || {
		stack_say "loading $f failed"
		return 1
	}
	"$STACK_BIN/cimolt-admin" -c "$STACK_CONFIG" practice reindex \
		>>"$STACK_LOG/demo-practices.log" 2>&1 || {
		stack_say "cimolt-admin practice reindex failed; see $STACK_LOG/demo-practices.log"
		return 1
	}
}

# stack_fcgi_start: start cimoltd on the stack's configuration and wait
# until its socket exists (up to 10 s). If it already runs, reload it.
stack_fcgi_start() {
	local pid i
	if pid=$(stack_pid cimoltd); then
		# A rebuilt binary is restarted, so dev/up after make serves it;
		# otherwise SIGHUP makes it reload the configuration and the
		# stylesheets (without failing a request).
		if [ ! "$STACK_BIN/cimoltd" -nt "$STACK_RUN/cimoltd.pid" ]; then
			kill -HUP "$pid"
			return 0
		fi
		stack_say "fcgi/cimoltd was rebuilt; restarting it"
		stack_stop cimoltd || return 1
	fi
	rm -f "$STACK_FCGI_SOCK"
	stack_spawn cimoltd "$STACK_LOG/cimoltd.log" "$STACK_BIN/cimoltd" -c "$STACK_CONFIG"
	pid=$(cat "$STACK_RUN/cimoltd.pid")
	for i in $(seq 1 500); do
		[ -S "$STACK_FCGI_SOCK" ] && return 0
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.02
	done
	stack_say "cimoltd did not start; last lines of $STACK_LOG/cimoltd.log:"
	tail -n 5 "$STACK_LOG/cimoltd.log" >&2
	return 1
}

# stack_tls_cert: the self-signed certificate of the stack's TLS servers
# (VARDIR/etc/tls.crt and tls.key), made on first use.
stack_tls_cert() {
	[ -s "$STACK_ETC/tls.crt" ] && [ -s "$STACK_ETC/tls.key" ] && return 0
	(umask 077 && openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
		-nodes -days 3650 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
		-keyout "$STACK_ETC/tls.key" -out "$STACK_ETC/tls.crt" 2>"$STACK_LOG/openssl.log") || {
		stack_say "cannot make a TLS certificate; see $STACK_LOG/openssl.log"
		return 1
	}
}

# stack_nginx_config: write VARDIR/etc/nginx.conf and the cimolt.conf
# snippet it includes from the templates in nginx/, and a self-signed
# certificate for the TLS server on first use.
stack_nginx_config() {
	local user=
	# Only a root master switches its workers' user; they must be able to
	# connect to cimoltd's socket, which belongs to the same user.
	[ "$(id -u)" -eq 0 ] && user="user root root;"
	stack_tls_cert || return 1
	stack_server_config nginx cimolt.conf nginx.conf "$STACK_PORT" "$STACK_TLS_PORT" "$user"
}

# stack_server_config DIR SNIPPET CONF PORT TLSPORT USER: write the web
# server's snippet DIR/cimolt.conf.in, its paths filled in, as
# VARDIR/etc/SNIPPET (and nginx's http-level part as
# VARDIR/etc/cimolt-http.conf), and its configuration for the stack,
# DIR/local.conf.in, which includes them, as VARDIR/etc/CONF.
stack_server_config() {
	local dir=$STACK_ROOT/$1 snippet=$STACK_ETC/$2 conf=$STACK_ETC/$3
	stack_fill "$dir/cimolt.conf.in" "$snippet" &&
		{ [ ! -f "$dir/cimolt-http.conf.in" ] ||
			stack_fill "$dir/cimolt-http.conf.in" "$STACK_ETC/cimolt-http.conf"; } &&
		sed -e "s|@VARDIR@|$STACK_VAR|g" -e "s|@PORT@|$4|g" -e "s|@TLSPORT@|$5|g" \
			-e "s|@USER@|$6|g" -e "s|@SNIPPET@|$snippet|g" \
			-e "s|@HTTPCONF@|$STACK_ETC/cimolt-http.conf|g" \
			"$dir/local.conf.in" >"$conf.tmp" && mv "$conf.tmp" "$conf"
}

# stack_fill TEMPLATE FILE: write TEMPLATE with the stack's static
# directory and cimoltd's socket filled in as FILE.
stack_fill() {
	sed -e "s|@STATICDIR@|$STACK_ROOT/static|g" -e "s|@SOCKET@|$STACK_FCGI_SOCK|g" \
		"$1" >"$2.tmp" && mv "$2.tmp" "$2"
}

# stack_nginx_start: start nginx on the stack's port (it daemonises and
# writes VARDIR/run/nginx.pid itself); reload it if it already runs.
stack_nginx_start() {
	local pid
	stack_nginx_config || return 1
	local nginx=(nginx -p "$STACK_VAR" -e "$STACK_LOG/nginx-error.log" -c "$STACK_ETC/nginx.conf")
	if pid=$(stack_pid nginx); then
		"${nginx[@]}" -s reload 2>>"$STACK_LOG/nginx-error.log"
		return
	fi
	stack_daemon_start nginx nginx "${nginx[@]}"
}

# stack_daemon_start NAME LABEL CMD...: run CMD, a server that puts itself
# in the background and writes VARDIR/run/NAME.pid, with its output
# appended to VARDIR/log/NAME-error.log, and wait until the PID file
# names it (up to 5 s). Says what went wrong, naming it LABEL.
stack_daemon_start() {
	local name=$1 label=$2 log=$STACK_LOG/$1-error.log i
	shift 2
	"$@" </dev/null >>"$log" 2>&1 || {
		stack_say "$label did not start; last lines of $log:"
		tail -n 5 "$log" >&2
		return 1
	}
	for i in $(seq 1 250); do
		stack_pid "$name" >/dev/null && return 0
		sleep 0.02
	done
	stack_say "$label wrote no PID file; see $log"
	return 1
}

# stack_apache_config: write VARDIR/etc/apache2.conf and the
# apache-cimolt.conf snippet it includes from the templates in apache/.
stack_apache_config() {
	local user=
	[ "$(id -u)" -eq 0 ] && user="User www-data\nGroup root"
	stack_tls_cert || return 1
	mkdir -p "$STACK_RUN/apache" || return 1
	stack_server_config apache apache-cimolt.conf apache2.conf "$STACK_APACHE_PORT" \
		"$STACK_APACHE_TLS_PORT" "$user"
}

# stack_apache_start: start Apache httpd with the Apache snippet in front
# of the stack's cimoltd, on PORT+65 (and PORT+364 over TLS), as a
# daemon that writes VARDIR/run/apache.pid; nothing when it runs. Only
# the tests start it (dev/test installs apache2); stack_down stops it.
stack_apache_start() {
	stack_pid apache >/dev/null && return 0
	stack_apache_config || return 1
	rm -f "$STACK_RUN/apache.pid"
	stack_daemon_start apache Apache apache2 -f "$STACK_ETC/apache2.conf" -k start
}

# stack_wait_http [SECONDS]: wait until GET / answers 200 (default 10 s).
stack_wait_http() {
	local end code
	end=$(($(date +%s) + ${1:-10}))
	while :; do
		code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$STACK_URL/" 2>/dev/null)
		[ "$code" = 200 ] && return 0
		[ "$(date +%s)" -ge "$end" ] && break
		sleep 0.05
	done
	stack_say "$STACK_URL/ answered ${code:-nothing}, not 200"
	return 1
}

# stack_up [wipe]: start the whole stack and load the demo data, the
# demo accounts, the demo practices, the demo monitor and the demo
# benchmark; with "wipe", drop the application database first.
stack_up() {
	stack_db_start || return 1
	if [ "${1:-}" = wipe ]; then stack_db_wipe || return 1; fi
	stack_db_setup || return 1
	stack_write_config || return 1
	stack_migrate || return 1
	stack_load_demo || return 1
	stack_demo_accounts || return 1
	stack_demo_practices || return 1
	stack_demo_monitor || return 1
	stack_demo_benchmark || return 1
	stack_fcgi_start || return 1
	stack_nginx_start || return 1
	stack_wait_http
}

# stack_down: stop Apache (if the tests started it), nginx, cimoltd, the
# mail receivers and MariaDB, in that order.
stack_down() {
	local rc=0 name
	for name in apache nginx cimoltd smtp webhook mariadb; do
		stack_stop "$name" || rc=1
	done
	return $rc
}
