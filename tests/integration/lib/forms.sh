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
	python3 - "$TEST_TMP/body" "$form" "${sets[@]}" >"$TEST_TMP/form-args" <<-'PY' || fail "no form $form in GET $path?format=xml"
		import sys, xml.etree.ElementTree as ET
		root = ET.parse(sys.argv[1]).getroot()
		forms = [f for f in root.iter("form") if f.get("name") == sys.argv[2]]
		if not forms:
		    sys.exit(1)
		values = {}
		for f in forms[0].findall("field"):
		    values[f.get("name")] = f.get("value", "")
		for a in sys.argv[3:]:
		    k, _, v = a.partition("=")
		    values[k] = v
		for k, v in values.items():
		    sys.stdout.write("--data-urlencode\0%s=%s\0" % (k, v))
	PY
	mapfile -d '' args <"$TEST_TMP/form-args"
	http_as "$j" POST "$path" --data-urlencode "csrf=$(csrf "$j")" "${args[@]}" "${curl_args[@]}"
}

# message KEY [ARG...]: the text of the Dutch catalogue's message KEY
# (xslt/messages-nl.xml) with each <arg n="N"/> replaced by argument N, as
# a page shows it; so that a test can look for the exact message without
# repeating its wording.
message() {
	python3 - "$STACK_ROOT/xslt/messages-nl.xml" "$@" <<-'PY'
		import sys, xml.etree.ElementTree as ET
		cat, key, args = sys.argv[1], sys.argv[2], sys.argv[3:]
		for m in ET.parse(cat).getroot().iter("msg"):
		    if m.get("key") != key:
		        continue
		    def text(e):
		        s = ""
		        for c in e:
		            if c.tag == "arg":
		                n = int(c.get("n"))
		                s += args[n - 1] if n <= len(args) else ""
		            else:
		                s += text(c)
		            s += c.tail or ""
		        return s
		    print((m.text or "") + text(m))
		    sys.exit(0)
		sys.exit("no message %s in %s" % (key, cat))
	PY
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
	python3 - "$TEST_TMP/body" "$@" <<-'PY' || fail "$REQ: field $2 of form $1"
		import sys
		from html.parser import HTMLParser
		path, form, field, text = sys.argv[1:5]
		value = sys.argv[5] if len(sys.argv) > 5 else None
		eid, cid = "%s-%s-error" % (form, field), "%s-%s" % (form, field)
		class P(HTMLParser):
		    def __init__(self):
		        super().__init__(convert_charrefs=True)
		        self.stack, self.err, self.ctl, self.ctl_tag, self.options = [], None, None, None, []
		        self.in_err, self.in_ctl, self.depth = 0, 0, 0
		        self.ctl_text = ""
		    def handle_starttag(self, tag, attrs):
		        a = dict(attrs)
		        if self.in_err:
		            self.in_err += 1 if tag not in ("br", "img", "input") else 0
		        if a.get("id") == eid:
		            self.err, self.in_err = "", 1
		        if a.get("id") == cid:
		            self.ctl, self.ctl_tag = a, tag
		            self.in_ctl = tag in ("textarea", "select")
		        if self.in_ctl and tag == "option":
		            self.options.append(a)
		    def handle_endtag(self, tag):
		        if self.in_err:
		            self.in_err -= 1
		        if self.in_ctl and tag == self.ctl_tag:
		            self.in_ctl = 0
		    def handle_data(self, d):
		        if self.in_err:
		            self.err += d
		        if self.in_ctl and self.ctl_tag == "textarea":
		            self.ctl_text += d
		p = P()
		p.feed(open(path, encoding="utf-8").read())
		bad = []
		if p.err is None:
		    bad.append("no element id=%s" % eid)
		elif text not in " ".join(p.err.split()):
		    bad.append("#%s says %r, not %r" % (eid, " ".join(p.err.split()), text))
		if p.ctl is None:
		    bad.append("no control id=%s" % cid)
		else:
		    if eid not in (p.ctl.get("aria-describedby") or "").split():
		        bad.append("#%s aria-describedby=%r lacks %s" % (cid, p.ctl.get("aria-describedby"), eid))
		    if p.ctl.get("aria-invalid") != "true":
		        bad.append("#%s aria-invalid=%r" % (cid, p.ctl.get("aria-invalid")))
		    if value is not None:
		        if p.ctl_tag == "input" and p.ctl.get("value", "") != value:
		            bad.append("#%s value=%r, typed %r" % (cid, p.ctl.get("value"), value))
		        if p.ctl_tag == "textarea" and p.ctl_text.lstrip("\n") != value:
		            bad.append("#%s holds %r, typed %r" % (cid, p.ctl_text, value))
		        if p.ctl_tag == "select" and value != "":
		            sel = [o.get("value") for o in p.options if "selected" in o]
		            if any(o.get("value") == value for o in p.options) and sel != [value]:
		                bad.append("#%s has %r selected, chosen %r" % (cid, sel, value))
		for b in bad:
		    print(b)
		sys.exit(1 if bad else 0)
	PY
}

# form_errors FORM: the errors in form FORM of the (XML) body, one line
# each: "FIELD KEY", or "- KEY" for the form's own; in document order.
form_errors() {
	python3 - "$TEST_TMP/body" "$1" <<-'PY'
		import sys, xml.etree.ElementTree as ET
		root = ET.parse(sys.argv[1]).getroot()
		for f in root.iter("form"):
		    if f.get("name") != sys.argv[2]:
		        continue
		    for c in f:
		        if c.tag == "field":
		            for e in c.findall("error"):
		                print(c.get("name"), e.get("key"))
		        elif c.tag == "error":
		            print("-", c.get("key"))
	PY
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
