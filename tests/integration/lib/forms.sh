# tests/integration/lib/forms.sh: posting the application's forms and
# checking their errors and the catalogue messages a page shows (loaded by
# tests/integration/run).

# send_form JAR METHOD PATH [NAME=VALUE...] [-- CURL ARGS...]: POST exactly
# these fields (a name may repeat) with a valid csrf token. Sets STATUS.
send_form() {
	local j=$1 path=$2 args=() a
	shift 2
	while [ $# -gt 0 ]; do
		if [ "$1" = -- ]; then shift; break; fi
		args+=(--data-urlencode "$1")
		shift
	done
	http_as "$j" POST "$path" --data-urlencode "csrf=$(csrf "$j")" "${args[@]}" "$@"
}

# post_form JAR PATH FORM [NAME=VALUE...] [-- CURL ARGS...]: GET
# PATH?format=xml as the visitor of JAR, then POST form FORM back to PATH
# with every field's value as the page gave it, but NAME=VALUE where given
# (new names are added), and a valid csrf token. Sets STATUS like http.
post_form() {
	local j=$1 path=$2 form=$3 args=() sets=() curl_args=()
	shift 3
	while [ $# -gt 0 ]; do
		if [ "$1" = -- ]; then shift; curl_args=("$@"); break; fi
		sets+=("$1")
		shift
	done
	http_as "$j" GET "$path?format=xml"
	assert_status 200
	python3 -m cimolt_test post-form-args "$TEST_TMP/body" "$form" "${sets[@]}" >"$TEST_TMP/form-args" ||
		fail "no form $form in GET $path?format=xml"
	mapfile -d '' args <"$TEST_TMP/form-args"
	http_as "$j" POST "$path" --data-urlencode "csrf=$(csrf "$j")" "${args[@]}" "${curl_args[@]}"
}

# message KEY [ARG...]: the text of the Dutch catalogue's message KEY
# (xslt/messages-nl.xml) with each <arg n="N"/> replaced by argument N, as
# a page shows it; so that a test can look for the exact message without
# repeating its wording.
message() {
	python3 -m cimolt_test message "$STACK_ROOT/xslt/messages-nl.xml" "$@"
}

# assert_message KEY [ARG...]: the (HTML) body shows catalogue message KEY
# with these arguments.
assert_message() {
	local text
	text=$(message "$@") || fail "no message $1 in the Dutch catalogue"
	# The page escapes &, < and > (XSLT html output).
	text=${text//&/&amp;} text=${text//</&lt;} text=${text//>/&gt;}
	grep -qF -- "$text" "$TEST_TMP/body" || fail "$REQ: the page does not show '$text'"
}

# assert_field_error FORM FIELD TEXT [VALUE]: the (HTML) body shows TEXT
# as the error of field FIELD of form FORM, next to it: in the element
# FORM-FIELD-error, which the control FORM-FIELD names in its
# aria-describedby and which marks itself aria-invalid; with VALUE, the
# control still holds what was typed (an input's value, a textarea's text,
# a select's selected option when one has that value and it is not "").
assert_field_error() {
	python3 -m cimolt_test field-error "$TEST_TMP/body" "$@" || fail "$REQ: field $2 of form $1"
}

# form_errors FORM: the errors in form FORM of the (XML) body, one line
# each: "FIELD KEY", or "- KEY" for the form's own; in document order.
form_errors() {
	python3 -m cimolt_test form-errors "$TEST_TMP/body" "$1"
}

# field_value FORM FIELD: the value attribute of field FIELD in form FORM of
# the (XML) body.
field_value() { xpath "/page/form[@name='$1']/field[@name='$2']/@value"; }

# xpath_errors: the error keys in the last response (XML or HTML), for
# failure messages.
xpath_errors() {
	grep -o '<error [^>]*>' "$TEST_TMP/body" | tr '\n' ' '
	grep -o 'id="[a-z]*-[a-z_]*-error"' "$TEST_TMP/body" | tr '\n' ' '
}

# sql_text TEXT: TEXT as a MariaDB expression, whatever characters it
# holds (quotes, backslashes, line breaks), for UPDATE ... SET x = $(sql_text ...).
sql_text() {
	printf "CONVERT(UNHEX('%s') USING utf8mb4)" "$(printf '%s' "$1" | od -An -tx1 -v | tr -d ' \n')"
}
