# dev/up's install step, under dev/up's own shell options (set -euo
# pipefail), on a machine where a build package is missing: it must ask
# apt-get to install that package and then go on with the start. dpkg-query
# exits 1 when a package it is asked about is not installed, which once
# ended dev/up silently at this step on every fresh machine. apt-get,
# dpkg-query and sudo are stubs on PATH here: the test installs nothing.
stub=$TEST_TMP/bin
mkdir -p "$stub"
cat >"$stub/dpkg-query" <<'EOF'
#!/bin/sh
# Like dpkg-query -W -f='${Package} ${db:Status-Status}\n' PKG...: every
# package installed but libcmocka-dev, which makes it exit 1.
status=0
for p; do
	case $p in -*) continue ;; esac
	if [ "$p" = libcmocka-dev ]; then
		echo "dpkg-query: no packages found matching $p" >&2
		status=1
	else
		echo "$p installed"
	fi
done
exit $status
EOF
cat >"$stub/apt-get" <<'EOF'
#!/bin/sh
printf '%s\n' "$*" >>"$STUB_LOG"
EOF
printf '#!/bin/sh\nexec "$@"\n' >"$stub/sudo"
chmod +x "$stub/dpkg-query" "$stub/apt-get" "$stub/sudo"

out=$(PATH=$stub:$PATH STUB_LOG=$TEST_TMP/apt.log bash -c '
	set -euo pipefail
	. "$1/dev/lib/stack.sh"
	stack_packages
	echo "the start goes on"' _ "$STACK_ROOT" 2>&1)
rc=$?
[ "$rc" -eq 0 ] || fail "the install step exited $rc: $out"
grep -q 'installing Debian packages: libcmocka-dev$' <<<"$out" ||
	fail "it did not say what it installs: $out"
grep -qE '^install .*libcmocka-dev$' "$TEST_TMP/apt.log" 2>/dev/null ||
	fail "apt-get was not asked to install libcmocka-dev: $(cat "$TEST_TMP/apt.log" 2>/dev/null)"
[ "$(tail -n 1 <<<"$out")" = "the start goes on" ] || fail "the start did not go on: $out"
