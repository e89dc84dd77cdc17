# cimoltd -V and cimolt-admin -V print the version of configure.ac's
# AC_INIT and exit 0; the page documents carry it; NEWS has its section.
v=$(sed -n 's/^AC_INIT(\[cimolt\], \[\([^]]*\)\].*/\1/p' "$STACK_ROOT/configure.ac")
[ -n "$v" ] || fail "no version in configure.ac's AC_INIT"
out=$("$STACK_BIN/cimoltd" -V 2>&1) || fail "cimoltd -V exited $?: $out"
assert_eq "$out" "cimoltd $v" "cimoltd -V"
out=$("$STACK_BIN/cimolt-admin" -V 2>&1) || fail "cimolt-admin -V exited $?: $out"
assert_eq "$out" "cimolt-admin $v" "cimolt-admin -V"
http GET "/?format=xml"
assert_xpath /page/@version "$v"
grep -qx "## $v.*" "$STACK_ROOT/NEWS" || grep -q "^## $v " "$STACK_ROOT/NEWS" ||
	fail "NEWS has no section '## $v'"
