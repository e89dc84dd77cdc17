"""tests/integration/lib/cimolt_test.py: the Python the integration tests
share: reading what the stack served (XML page documents, HTML, CSV for
Dutch Excel, JSON) and what the test receivers got (webhook POSTs, SMTP
copies), and checking it.

tests/integration/run puts lib/ on PYTHONPATH, so a test's own Python
(`python3 - ARGS <<'PY'`) starts with `from cimolt_test import ...` and
keeps only the lines of its own check. The shell helpers of lib/*.sh run
the commands at the bottom of this file: `python3 -m cimolt_test COMMAND
ARGS...` (see COMMANDS).

A check collects what is wrong in a Problems, prints it one line each and
exits 1, or exits 0 when nothing is; that exit status is what the shell
side turns into a failed assertion. Python 3 standard library only.
"""

import csv
import hashlib
import hmac
import io
import json
import math
import re
import sys
import uuid as uuidlib
import xml.etree.ElementTree as ET
import html
from html.parser import HTMLParser

# XML namespaces of the questionnaire, the advice file and Atom, and the
# name of xml:lang as ElementTree spells it.
Q = "{urn:cimolt:questionnaire}"
ADVICE = "{urn:cimolt:advice}"
ATOM = "{http://www.w3.org/2005/Atom}"
XL = "{http://www.w3.org/XML/1998/namespace}lang"


class Problems:
    """What a check found wrong, in the order found."""

    def __init__(self):
        self.list = []

    def add(self, what):
        self.list.append(what)

    def check(self, cond, what):
        """Note WHAT unless COND holds."""
        if not cond:
            self.list.append(what)

    def __bool__(self):
        return bool(self.list)

    def exit(self, limit=None):
        """Print the problems (the first LIMIT) and exit 1, or exit 0."""
        for p in self.list[:limit]:
            print(p)
        sys.exit(1 if self.list else 0)


# ------------------------------------------------------------ reading files

def read(path):
    """The text of the UTF-8 file PATH."""
    with open(path, encoding="utf-8") as f:
        return f.read()


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def tsv(path):
    """The rows of a tab-separated file (mariadb -N -B output), as lists."""
    return [line.split("\t") for line in read(path).splitlines()]


def xml_root(path):
    """The root element of the XML file PATH (a page document)."""
    return ET.parse(path).getroot()


def csv_rows(path):
    """The rows of a CSV for Dutch Excel (BOM, ';'), without checking it."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(io.StringIO(f.read()), delimiter=";"))


def webhook_log(path, lenient=False):
    """The webhook receiver's records (one JSON object a line). LENIENT:
    a missing file is empty and lines that are not JSON are left out."""
    try:
        lines = read(path).splitlines()
    except OSError:
        if lenient:
            return []
        raise
    out = []
    for line in lines:
        try:
            out.append((line, json.loads(line)))
        except ValueError:
            if not lenient:
                raise
    return out


def json_lines(path):
    """The JSON values of a file of JSON lines (such as notices.jsonl)."""
    return [json.loads(line) for line in read(path).splitlines()]


def question_nl(q):
    """The Dutch text of a questionnaire <question>, as written."""
    return next(t for t in q.findall(Q + "text") if t.get(XL) == "nl").text


# ------------------------------------------------------------- signatures

SIGNATURE = re.compile(r"t=([0-9]+),v1=([0-9a-f]{64})")


def read_secret(path):
    """The webhook secret in the file PATH, as bytes."""
    return read_bytes(path).strip()


def signature(secret, t, raw):
    """The v1 signature of the body RAW at time T (a string of digits):
    HMAC-SHA256 of "T.RAW" with the webhook secret, in hex."""
    return hmac.new(secret, t.encode() + b"." + raw.encode("utf-8"), hashlib.sha256).hexdigest()


def signature_match(header):
    """The match of an X-Cimolt-Signature value (groups t and v1), or None
    when it is not t=<digits>,v1=<64 lower-case hex>."""
    return SIGNATURE.fullmatch(header or "")


def signature_verifies(secret, m, raw):
    """Whether the signature matched by M (signature_match) is RAW's."""
    return hmac.compare_digest(signature(secret, m.group(1), raw), m.group(2))


# ------------------------------------------------------------- statistics

def q7(v, p):
    """The P-quantile of the sorted list V, type 7 (linear between the
    closest ranks, as a spreadsheet's QUARTILE)."""
    h = (len(v) - 1) * p
    lo = math.floor(h)
    if lo + 1 >= len(v):
        return v[-1]
    return v[lo] + (h - lo) * (v[lo + 1] - v[lo])


def dutch_number(f):
    """The number in a CSV field (',' or '.' as the decimal mark), or None."""
    try:
        return float(f.replace(",", "."))
    except ValueError:
        return None


def bench_scopes(text):
    """BENCH_SCOPES of lib/benchmark.sh as (scope, key) pairs, "-" as ""."""
    pairs = [tuple(line.split(" ")) for line in text.splitlines()]
    return [(s, "" if k == "-" else k) for s, k in pairs]


def read_scores(path, named=None):
    """A bench_scores_tsv file: {code: (province, size)} and
    {(code, scope, key): score} (rounds without a score left out); with
    NAMED (a set), the codes of the named municipalities are added to it."""
    orgs, score = {}, {}
    for code, prov, size, show, scope, key, v in tsv(path):
        orgs[code] = (prov, size)
        if named is not None and show == "1":
            named.add(code)
        if v != "NULL":
            score[(code, scope, key)] = float(v)
    return orgs, score


# The figures shown outside the organisers (fcgi/stats.c, benchmark.c),
# computed here independently.

def pub_window(n, p):
    """The ranks whose mean is the published p-quantile of n values: the 3
    (or n) nearest (n - 1) p, centred on it rounded half up, inside."""
    size = min(3, n)
    c = math.floor((n - 1) * p + 0.5)
    lo = max(0, min(c - (size - 1) // 2, n - size))
    return list(range(lo, lo + size))


def pub_quantile(v, p):
    """The published p-quantile of the sorted list V (before its range)."""
    w = pub_window(len(v), p)
    return sum(v[i] for i in w) / len(w)


def pub_range(x):
    """The range (from, to) a published figure X is shown as: 5 points,
    10 at the ends: [0, 10), [10, 15), ... [85, 90), [90, 100]."""
    lo = 0 if x < 10 else 90 if x >= 90 else math.floor(x / 5) * 5
    return lo, lo + (10 if lo in (0, 90) else 5)


def pub_groups(orgs, score, named, scope, key, min_group):
    """Whether each group of the year may show its figures in a scope:
    {(grp, label): "yes" | "too-few" | "overlap"}, label None for all, the
    province or the size class. Largest first (then all, provinces, size
    classes); a group is too-few below min_group anonymous values, and
    overlap when its anonymous members and those of a group shown before
    differ by more than none and fewer than min_group."""
    has = [c for c in orgs if (c, scope, key) in score]
    groups = [("all", None)] + sorted({("province", orgs[c][0]) for c in has if orgs[c][0]}) + \
        sorted({("size", orgs[c][1]) for c in has if orgs[c][1]})

    def members(g):
        return {c for c in has if g[0] == "all" or (g[0] == "province" and orgs[c][0] == g[1])
                or (g[0] == "size" and orgs[c][1] == g[1])}
    rank = {"all": 0, "province": 1, "size": 2}
    groups.sort(key=lambda g: (-len(members(g)), rank[g[0]]))
    out, shown = {}, []
    for g in groups:
        anon = members(g) - named
        if not members(g):
            continue
        if len(anon) < min_group:
            out[g] = "too-few"
            continue
        d = [len(anon ^ (members(h) - named)) for h in shown]
        out[g] = "overlap" if any(0 < x < min_group for x in d) else "yes"
        if out[g] == "yes":
            shown.append(g)
    return out


# ------------------------------------------------------------------- forms

def form_args(values):
    """Write VALUES (a dict) as curl arguments, NUL-separated, for the
    shell's mapfile -d ''."""
    for k, v in values.items():
        sys.stdout.write("--data-urlencode\0%s=%s\0" % (k, v))


def set_values(values, sets, drop=False):
    """Apply NAME=VALUE (and with DROP, -NAME: leave out) to VALUES."""
    for a in sets:
        if drop and a.startswith("-"):
            values.pop(a[1:], None)
        else:
            k, _, v = a.partition("=")
            values[k] = v
    return values


# --------------------------------------------------------- shell commands
#
# Each takes the command line's arguments (strings) and prints or exits as
# the shell helper of the same name in lib/*.sh says.

def cmd_webhook_posts(log, uuid):
    """The receiver's log lines for the message UUID (lib/mail.sh)."""
    for line, rec in webhook_log(log, lenient=True):
        if rec.get("headers", {}).get("x-cimolt-delivery") == uuid:
            print(line)


def cmd_queue_sql(n, out, text=None):
    """The INSERT of N test.bulk messages (with TEXT as their mail text,
    when given); their uuids go to OUT."""
    n = int(n)
    ids = [str(uuidlib.uuid4()) for _ in range(n)]
    with open(out, "w") as f:
        f.write("\n".join(ids) + "\n")

    def q(s):
        return "'" + s.replace("\\", "\\\\").replace("'", "''") + "'"
    rows = []
    for k, u in enumerate(ids):
        body = json.dumps({"id": u, "type": "test.bulk", "created_at": "2026-11-28T02:00:00Z",
                           "data": {"n": k}, "mail": {"to": ["bulk%d@ede.example" % k],
                           "subject": "Bericht %d" % k,
                           "text": text if text is not None else "Bericht nummer %d.\n" % k}},
                          separators=(",", ":"), ensure_ascii=False)
        rows.append("(%s, 'test.bulk', %s, UTC_TIMESTAMP(), UTC_TIMESTAMP() - INTERVAL 3 HOUR, "
                    "UTC_TIMESTAMP() + INTERVAL 1 DAY)" % (q(u), q(body)))
    print("INSERT INTO outbox (uuid, type, body, created_at, next_attempt_at, give_up_at) VALUES")
    print(",\n".join(rows) + ";")


def cmd_mail_link(base, word):
    """The path of the first BASE/WORD/... link in the mail text of the
    webhook record on stdin ("" when none)."""
    doc = json.loads(json.loads(sys.stdin.read())["body"])
    m = re.search(re.escape(base) + "(/" + re.escape(word) + "/[A-Za-z0-9_-]+)", doc["mail"]["text"])
    print(m.group(1) if m else "")


def cmd_verify_links(log, base):
    """One line per registration.verify mail the webhook receiver got:
    its address and the path of its BASE/aanmelding/TOKEN link (the last
    mail to an address wins)."""
    links = {}
    for _, rec in webhook_log(log, lenient=True):
        try:
            doc = json.loads(rec["body"])
        except (KeyError, ValueError):
            continue
        if doc.get("type") != "registration.verify":
            continue
        m = re.search(re.escape(base) + "(/aanmelding/[A-Za-z0-9_-]+)", doc["mail"]["text"])
        if m:
            links[doc["mail"]["to"][0]] = m.group(1)
    for to, link in links.items():
        print(to, link)


def cmd_statuses():
    """The statuses the receiver answered, comma-joined, for the log lines
    on stdin (webhook_posts' output)."""
    print(",".join(str(json.loads(line)["status"]) for line in sys.stdin))


def cmd_json_normal(text):
    """The JSON TEXT as json_at writes it (to compare a value with it)."""
    print(json.dumps(json.loads(text)))


def cmd_json_string(text):
    """TEXT as a JSON string, as json_at writes it."""
    print(json.dumps(text, ensure_ascii=False))


CAPABILITY = re.compile(r"(/(?:aanmelding|wachtwoord|uitnodiging)/)[A-Za-z0-9_-]{9,}")


def redacted(body):
    """BODY as the courier keeps it in the outbox once delivered: the
    token of every mailed link replaced with REDACTED (fcgi/token.c)."""
    return CAPABILITY.sub(r"\1REDACTED", body)


def cmd_webhook_once(posts, secret_file, typ, outbox, out):
    """One POST of TYPE, signed, with the outbox row's body (lib/mail.sh)."""
    lines = [line for line in read(posts).splitlines() if line]
    if len(lines) != 1:
        print("%d POSTs received, expected 1" % len(lines))
        sys.exit(1)
    rec = json.loads(lines[0])
    h, raw = rec["headers"], rec["body"]
    secret = read_secret(secret_file)
    bad = Problems()
    bad.check(h.get("x-cimolt-event") == typ, "X-Cimolt-Event %r" % h.get("x-cimolt-event"))
    m = signature_match(h.get("x-cimolt-signature", ""))
    if not m:
        bad.add("signature header %r" % h.get("x-cimolt-signature"))
    else:
        bad.check(signature_verifies(secret, m, raw), "signature does not verify")
    bad.check(redacted(raw) == read(outbox).rstrip("\n"), "body differs from the (redacted) outbox row")
    bad.check(json.loads(raw).get("type") == typ, "type %r" % json.loads(raw).get("type"))
    with open(out, "w", encoding="utf-8") as f:
        f.write(raw)
    bad.exit()


def cmd_json_at(path, where):
    """The value at WHERE (Python subscripts) of the JSON in PATH, as JSON."""
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    print(json.dumps(eval("doc" + where), ensure_ascii=False))


def cmd_notices(log, secret_file, ev, rows_file, out):
    """Every POST about event EV signed, once, as its outbox row says;
    prints one line per message (lib/programme.sh, notices)."""
    secret = read_secret(secret_file)
    outbox = {}
    for line in read(rows_file).splitlines():
        uuid, _, body = line.partition("\t")
        outbox[uuid] = body
    problems, seen, bodies = Problems(), {}, []
    for _, rec in webhook_log(log):
        raw = rec["body"]
        try:
            doc = json.loads(raw)
        except ValueError:
            continue
        if str(((doc.get("data") or {}).get("event") or {}).get("id")) != ev:
            continue
        h = rec["headers"]
        uuid = h.get("x-cimolt-delivery")
        seen[uuid] = seen.get(uuid, 0) + 1
        problems.check(rec.get("status") == 200, "receiver answered %s to %s" % (rec.get("status"), uuid))
        problems.check(uuid == doc.get("id"), "X-Cimolt-Delivery %r but body id %r" % (uuid, doc.get("id")))
        problems.check(h.get("x-cimolt-event") == doc.get("type"),
                       "X-Cimolt-Event %r but body type %r" % (h.get("x-cimolt-event"), doc.get("type")))
        problems.check(h.get("content-type") == "application/json", "Content-Type %r" % h.get("content-type"))
        m = signature_match(h.get("x-cimolt-signature", ""))
        if not m:
            problems.add("%s: X-Cimolt-Signature %r malformed" % (uuid, h.get("x-cimolt-signature")))
        elif not signature_verifies(secret, m, raw):
            problems.add("%s (%s): signature does not verify" % (uuid, doc.get("type")))
        if uuid not in outbox:
            problems.add("%s (%s) reached the receiver but is no outbox row" % (uuid, doc.get("type")))
        elif outbox[uuid] != redacted(raw):
            problems.add("%s: body differs from its (redacted) outbox row" % uuid)
        if seen[uuid] == 1:
            bodies.append(doc)
    for uuid in outbox:
        problems.check(uuid in seen, "%s (sent, says the outbox) never reached the receiver" % uuid)
    for uuid, n in seen.items():
        problems.check(n == 1, "%s reached the receiver %d times" % (uuid, n))
    with open(out, "w", encoding="utf-8") as f:
        for doc in bodies:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    if problems:
        problems.exit(10)
    for doc in bodies:
        reg = doc["data"].get("registration", {})
        print("%s %s %s %s" % (doc["type"], reg.get("id"), reg.get("status"), ",".join(doc["mail"]["to"])))


def cmd_message(cat, key, *args):
    """The text of catalogue message KEY with ARGS in place (lib/forms.sh)."""
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


class _ErrorParser(HTMLParser):
    """Collects the text of the element with id EID and the attributes
    of the control with id CID (its text if a textarea, its options if a
    select)."""

    def __init__(self, eid, cid):
        super().__init__(convert_charrefs=True)
        self.eid, self.cid = eid, cid
        self.err, self.ctl, self.ctl_tag, self.options = None, None, None, []
        self.in_err, self.in_ctl = 0, 0
        self.ctl_text = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self.in_err:
            self.in_err += 1 if tag not in ("br", "img", "input", "hr") else 0
        if a.get("id") == self.eid:
            self.err, self.in_err = "", 1
        if a.get("id") == self.cid:
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


def _error_problems(path, eid, cid, text):
    """The page at PATH parsed for the message EID and the control CID,
    and the problems every error shown beside its control can have: no
    message, another text, no control, a control not described by it."""
    p = _ErrorParser(eid, cid)
    p.feed(read(path))
    bad = Problems()
    if p.err is None:
        bad.add("no element id=%s" % eid)
    elif text not in " ".join(p.err.split()):
        bad.add("#%s says %r, not %r" % (eid, " ".join(p.err.split()), text))
    if p.ctl is None:
        bad.add("no control id=%s" % cid)
    elif eid not in (p.ctl.get("aria-describedby") or "").split():
        bad.add("#%s aria-describedby=%r lacks %s" % (cid, p.ctl.get("aria-describedby"), eid))
    return p, bad


def cmd_field_error(path, form, field, text, value=None):
    """The HTML page shows TEXT as the error of field FIELD of FORM, next
    to it, the control kept VALUE (lib/forms.sh, assert_field_error)."""
    eid, cid = "%s-%s-error" % (form, field), "%s-%s" % (form, field)
    p, bad = _error_problems(path, eid, cid, text)
    if p.ctl is not None:
        if p.ctl.get("aria-invalid") != "true":
            bad.add("#%s aria-invalid=%r" % (cid, p.ctl.get("aria-invalid")))
        if value is not None:
            if p.ctl_tag == "input" and p.ctl.get("value", "") != value:
                bad.add("#%s value=%r, typed %r" % (cid, p.ctl.get("value"), value))
            if p.ctl_tag == "textarea" and p.ctl_text.lstrip("\n") != value:
                bad.add("#%s holds %r, typed %r" % (cid, p.ctl_text, value))
            if p.ctl_tag == "select" and value != "":
                sel = [o.get("value") for o in p.options if "selected" in o]
                if any(o.get("value") == value for o in p.options) and sel != [value]:
                    bad.add("#%s has %r selected, chosen %r" % (cid, sel, value))
    bad.exit()


def cmd_question_error(path, qid, text):
    """The HTML page shows TEXT as the error of question QID, next to it
    (lib/monitor.sh, assert_question_error)."""
    _, bad = _error_problems(path, "q-%s-error" % qid, "q-%s" % qid, text)
    bad.exit()


def cmd_form_errors(path, form):
    """The errors of form FORM in the page document: "FIELD KEY" or "- KEY"."""
    for f in xml_root(path).iter("form"):
        if f.get("name") != form:
            continue
        for c in f:
            if c.tag == "field":
                for e in c.findall("error"):
                    print(c.get("name"), e.get("key"))
            elif c.tag == "error":
                print("-", c.get("key"))


def cmd_post_form_args(path, form, *sets):
    """The fields of form FORM in the page document as curl arguments,
    with NAME=VALUE set; exit 1 when there is no such form."""
    forms = [f for f in xml_root(path).iter("form") if f.get("name") == form]
    if not forms:
        sys.exit(1)
    values = {f.get("name"): f.get("value", "") for f in forms[0].findall("field")}
    form_args(set_values(values, sets))


def cmd_monitor_form(path):
    """What the section form in the page document would post: versie and
    every answer as NAME=VALUE lines; exit 1 when there is no form."""
    f = xml_root(path).find("form[@name='section']")
    if f is None:
        sys.exit(1)
    types = {q.get("id"): q.get("type") for q in f.iter(Q + "question")}
    print("versie=" + f.get("version"))
    for a in f.findall("answer"):
        qid, t = a.get("question"), types[a.get("question")]
        if a.get("dont-know") == "yes":
            print(qid + ("=?" if t in ("maturity", "yesno", "choice") else "-weetniet=ja"))
        elif a.get("value") is not None:
            print(qid + "=" + a.get("value"))


def cmd_monitor_send_args(kept, *sets):
    """The kept form (cmd_monitor_form) as curl arguments, with NAME=VALUE
    set and -NAME left out."""
    values = {}
    for line in read(kept).split("\n"):
        if line:
            k, _, v = line.partition("=")
            values[k] = v
    form_args(set_values(values, sets, drop=True))


def _fragments():
    """The elements xmllint printed on stdin (several, without a root)."""
    return ET.fromstring("<x>" + sys.stdin.read() + "</x>")


def cmd_section_errors():
    """The <error>s on stdin: "QUESTION KEY ARG ARG2" ("-" for the form)."""
    for e in _fragments():
        print(" ".join([e.get("question", "-"), e.get("key")] +
                       [e.get(a) for a in ("arg", "arg2") if e.get(a) is not None]))


def cmd_section_answers():
    """The <answer>s on stdin: "QUESTION VALUE [dont-know] [prefilled]"."""
    for a in _fragments():
        print(" ".join([a.get("question"), a.get("value", "NULL")] +
                       [k for k in ("dont-know", "prefilled") if a.get(k) == "yes"]))


def cmd_question_text(path, qid):
    """The Dutch text of question QID of the questionnaire PATH, on one line."""
    for q in xml_root(path).iter(Q + "question"):
        if q.get("id") == qid:
            print(" ".join(question_nl(q).split()))


def cmd_bench_check(body, scores_tsv, year, grp, viewer, min_group, scopes):
    """/benchmark/YEAR's document against a computation from the scores
    (lib/benchmark.sh, bench_check)."""
    min_group = int(min_group)
    scopes = bench_scopes(scopes)
    named = set()
    orgs, score = read_scores(scores_tsv, named)
    me = orgs[viewer]
    label = None if grp == "all" else me[0] if grp == "province" else me[1]
    if grp == "all":
        members = list(orgs)
    elif grp == "province":
        members = [c for c in orgs if orgs[c][0] == me[0]]
    else:
        members = [c for c in orgs if orgs[c][1] == me[1]]
    bad = Problems()
    b = xml_root(body).find("benchmark")
    if b is None:
        print("no <benchmark> in the page")
        sys.exit(1)

    def want_attr(e, name, value, what):
        if e.get(name) != value:
            bad.add("%s: %s=%r, expected %r" % (what, name, e.get(name), value))

    def near(e, name, exact, what, places=1):
        g = e.get(name)
        tol = 0.5 * 10 ** -places + 1e-6
        try:
            ok = g is not None and abs(float(g) - exact) <= tol and \
                (places == 0 and "." not in g or places > 0 and len(g.split(".")[-1]) == places)
        except ValueError:
            ok = False
        if not ok:
            bad.add("%s: %s=%r, expected %.*f (exactly %.5f)" % (what, name, g, places, exact, exact))
    want_attr(b, "year", year, "benchmark")
    want_attr(b, "group", grp, "benchmark")
    want_attr(b, "min-group", str(min_group), "benchmark")
    want_attr(b, "participants", str(len(members)), "benchmark")
    small = len(members) < min_group
    want_attr(b, "hidden", "too-small" if small else "no", "benchmark")
    cur = [g for g in b.findall("groups/group") if g.get("current") == "yes"]
    if [g.get("name") for g in cur] != [grp]:
        bad.add("groups/group[@current='yes'] %r, expected %s" % ([g.get("name") for g in cur], grp))
    counts = {"all": len(orgs), "province": sum(orgs[c][0] == me[0] for c in orgs),
              "size": sum(orgs[c][1] == me[1] for c in orgs)}
    for g in b.findall("groups/group"):
        want_attr(g, "participants", str(counts.get(g.get("name"))), "group " + str(g.get("name")))
    stats = b.findall("stat")
    if small:
        for s in stats:
            for a in ("min", "q1", "median", "q3", "max", "percentile", "position"):
                if s.get(a) is not None:
                    bad.add("too small a group, yet stat %s %s has %s=%s" % (s.get("scope"), s.get("key"), a, s.get(a)))
    else:
        got = [(s.get("scope"), s.get("key")) for s in stats]
        if got != scopes:
            bad.add("stats in order %r, expected %r" % (got, scopes))
    shown = 0
    for s in stats if not small else []:
        sc, k = s.get("scope"), s.get("key")
        what = "stat %s %s" % (sc, k)
        v = sorted(score[(c, sc, k)] for c in members if (c, sc, k) in score)
        own = score.get((viewer, sc, k))
        want_attr(s, "n", str(len(v)), what)
        if own is None:
            want_attr(s, "own", None, what)
        else:
            near(s, "own", own, what)
        for a in ("min", "max", "percentile"):
            want_attr(s, a, None, what)
        anon = len([c for c in members if (c, sc, k) in score and c not in named])
        decided = pub_groups(orgs, score, named, sc, k, min_group).get((grp, label), "too-few")
        if decided != "yes":
            want_attr(s, "hidden", "yes", what)
            want_attr(s, "reason", decided, what)
            for a in ("q1", "median", "q3", "position"):
                want_attr(s, a, None, what)
            continue
        shown += 1
        want_attr(s, "hidden", None, what)
        quartiles = anon >= 2 * min_group
        figs = {"median": pub_range(pub_quantile(v, 0.5))}
        if quartiles:
            figs["q1"] = pub_range(pub_quantile(v, 0.25))
            figs["q3"] = pub_range(pub_quantile(v, 0.75))
        else:
            want_attr(s, "quartiles", "too-few", what)
            for a in ("q1", "q3"):
                want_attr(s, a, None, what)
        for a, (lo, hi) in figs.items():
            want_attr(s, a, str(lo), what)
            want_attr(s, a + "-to", str(hi), what)
        if own is None:
            want_attr(s, "position", None, what)
            continue
        m, q1, q3 = figs["median"], figs.get("q1"), figs.get("q3")
        if m[0] < 90 and own >= m[1]:
            pos = "top-quartile" if quartiles and q3[0] < 90 and own >= q3[1] else "above-median"
        elif own >= m[0]:
            pos = "at-median"
        else:
            pos = "bottom-quartile" if quartiles and own < q1[0] else "below-median"
        want_attr(s, "position", pos, what)
    if bad:
        bad.exit(15)
    print("# %s %s (%d participants): %d stats shown, %d hidden%s" % (year, grp, len(members), shown,
          len(stats) - shown, "; group too small" if small else ""))


def cmd_region_check(body, region_tsv, year, min_group, scopes, scores_tsv, region_code=""):
    """/regio/YEAR's document against a computation (lib/benchmark.sh,
    bench_region_check)."""
    min_group = int(min_group)
    all_named = set()
    all_orgs, all_score = read_scores(scores_tsv, all_named)
    scopes = bench_scopes(scopes)
    orgs, score = {}, {}
    for oid, name, size, show, status, scope, key, v in tsv(region_tsv):
        orgs[oid] = (name, size, show == "1", status)
        if scope and v != "NULL":
            score[(oid, scope, key)] = float(v)
    sub = [o for o in orgs if orgs[o][3] == "submitted"]
    # The region's province (its CBS code) as bench_scores_tsv writes it,
    # from any of its submitted municipalities; None for the country.
    region_province = region_code or None
    named = sorted(o for o in sub if orgs[o][2])
    bad = Problems()
    r = xml_root(body).find("region")
    if r is None:
        print("no <region>")
        sys.exit(1)

    def want(e, a, v, what):
        if e.get(a) != v:
            bad.add("%s: %s=%r, expected %r" % (what, a, e.get(a), v))

    def near(e, a, x, what):
        g = e.get(a)
        try:
            ok = abs(float(g) - x) <= 0.05 + 1e-6 and len(g.split(".")[-1]) == 1 and "." in g
        except (TypeError, ValueError):
            ok = False
        if not ok:
            bad.add("%s: %s=%r, expected %.1f" % (what, a, g, x))
    want(r, "year", year, "region")
    p = r.find("participation")
    if p is None:
        bad.add("no <participation>")
    else:
        # The participation list's definition: a round is in progress or
        # submitted; without one, no account or not started (the split
        # depends on accounts, which this computation does not read).
        started = sum(1 for o in orgs if orgs[o][3])
        want(p, "total", str(len(orgs)), "participation")
        want(p, "submitted", str(len(sub)), "participation")
        try:
            n = {k: int(p.get(k)) for k in ("no-account", "not-started", "in-progress", "submitted")}
        except (TypeError, ValueError):
            bad.add("participation: counts %r" % dict(p.attrib))
        else:
            if n["in-progress"] + n["submitted"] != started:
                bad.add("participation: in progress and submitted %d, expected %d with a round" %
                        (n["in-progress"] + n["submitted"], started))
            if n["no-account"] + n["not-started"] != len(orgs) - started:
                bad.add("participation: no account and not started %d, expected %d without a round" %
                        (n["no-account"] + n["not-started"], len(orgs) - started))
    small = len(sub) < min_group
    want(r, "hidden", "too-small" if small else "no", "region")
    stats = r.findall("stat")
    if not small and [(s.get("scope"), s.get("key")) for s in stats] != scopes:
        bad.add("stats %r, expected %r" % ([(s.get("scope"), s.get("key")) for s in stats], scopes))
    for s in stats:
        sc, k = s.get("scope"), s.get("key")
        what = "stat %s %s" % (sc, k)
        for a in ("own", "percentile", "position"):
            want(s, a, None, what)
        v = sorted(score[(o, sc, k)] for o in sub if (o, sc, k) in score)
        for a in ("min", "max"):
            want(s, a, None, what)
        prov = region_province
        decided = "too-few" if small else pub_groups(all_orgs, all_score, all_named, sc, k, min_group).get(
            ("province", prov) if prov else ("all", None), "too-few")
        if decided != "yes":
            for a in ("q1", "median", "q3"):
                want(s, a, None, what)
            want(s, "reason", decided if not small else s.get("reason"), what)
            continue
        want(s, "n", str(len(v)), what)
        anon = len([o for o in sub if (o, sc, k) in score and not orgs[o][2]])
        figs = [("median", 0.5)] + ([("q1", 0.25), ("q3", 0.75)] if anon >= 2 * min_group else [])
        for a, p in figs:
            lo, hi = pub_range(pub_quantile(v, p))
            want(s, a, str(lo), what)
            want(s, a + "-to", str(hi), what)
    ms = r.findall("municipality")
    got = sorted(m.get("id") for m in ms)
    if got != named:
        bad.add("named municipalities %r, expected %r (opted in and submitted)" %
                ([orgs.get(i, ("?",))[0] for i in got], [orgs[i][0] for i in named]))
    for m in ms:
        o = m.get("id")
        if o not in orgs:
            continue
        want(m, "name", orgs[o][0], "municipality " + o)
        want(m, "size-class", orgs[o][1], "municipality " + o)
        for sc in m.findall("score"):
            x = score.get((o, sc.get("scope"), sc.get("key")))
            if x is None:
                want(sc, "value", None, "%s %s %s" % (orgs[o][0], sc.get("scope"), sc.get("key")))
            else:
                near(sc, "value", x, "%s %s %s" % (orgs[o][0], sc.get("scope"), sc.get("key")))
        n = sum(1 for (oo, _, _) in score if oo == o)
        if len([sc for sc in m.findall("score") if sc.get("value") is not None]) != n:
            bad.add("%s: %d scores with a value, expected %d" % (orgs[o][0],
                    len([sc for sc in m.findall("score") if sc.get("value") is not None]), n))
    an = r.find("anonymous")
    cnt = an.get("count") if an is not None else "0"
    if cnt != str(len(sub) - len(named)):
        bad.add("anonymous count %r, expected %d" % (cnt, len(sub) - len(named)))
    if bad:
        bad.exit(15)
    print("# /regio/%s: %d municipalities, %d submitted, %d named" % (year, len(orgs), len(sub), len(named)))


def cmd_names_absent(path, *names):
    """The text of the page in PATH names none of NAMES as whole words."""
    text = html_text(read(path))
    bad = [n for n in names if re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", text)]
    for n in bad:
        print("names %s" % n)
    sys.exit(1 if bad else 0)


def html_text(text):
    """The text of an HTML page: no tags, styles or scripts, entities decoded."""
    return html.unescape(re.sub(r"<[^>]*>", " ", re.sub(r"(?s)<(style|script)\b.*?</\1>", " ", text)))


def cmd_advice_items(path):
    """The advice items of the page document: rule tier scope key score gap."""
    for i in xml_root(path).findall("advice/item"):
        print(" ".join(i.get(a) or "-" for a in ("rule", "tier", "scope", "key", "score", "gap")))


def cmd_csv_header(path):
    """The header row of the CSV rows excel-csv wrote to PATH, ';'-joined."""
    with open(path) as f:
        print(";".join(json.load(f)[0]))


def cmd_excel_csv(path, out):
    """The body is a CSV for Dutch Excel; its rows go to OUT as JSON
    (lib/benchmark.sh, bench_csv_rows)."""
    raw = read_bytes(path)
    bad = Problems()
    bad.check(raw.startswith(b"\xef\xbb\xbf"), "no UTF-8 BOM: %r" % raw[:8])
    body = raw[3:]
    bad.check(body.endswith(b"\r\n"), "does not end in CRLF")
    text = body.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";", quotechar='"', strict=True))
    # Outside quoted fields every line break is CRLF.
    outside = re.sub(r'"(?:[^"]|"")*"', '""', text)
    bad.check(not re.search(r"(?<!\r)\n", outside), "a line feed without CR outside a quoted field")
    bad.check(rows and len(rows[0]) >= 2, "no header row of ';'-separated names: %r" % rows[:1])
    for r in rows[1:]:
        if len(r) != len(rows[0]):
            bad.add("row of %d fields under a header of %d: %r" % (len(r), len(rows[0]), r[:6]))
        for f in r:
            if f[:1] in ("=", "+", "@") or f[:1] == "-" and not re.fullmatch(r"-[0-9]+([.,][0-9]+)?", f):
                bad.add("field %r could be taken for a formula" % f)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(rows, f, ensure_ascii=False)
    bad.exit(8)


COMMANDS = {
    "webhook-posts": cmd_webhook_posts,
    "queue-sql": cmd_queue_sql,
    "mail-link": cmd_mail_link,
    "verify-links": cmd_verify_links,
    "statuses": cmd_statuses,
    "json-normal": cmd_json_normal,
    "json-string": cmd_json_string,
    "webhook-once": cmd_webhook_once,
    "json-at": cmd_json_at,
    "notices": cmd_notices,
    "message": cmd_message,
    "field-error": cmd_field_error,
    "question-error": cmd_question_error,
    "form-errors": cmd_form_errors,
    "post-form-args": cmd_post_form_args,
    "monitor-form": cmd_monitor_form,
    "monitor-send-args": cmd_monitor_send_args,
    "section-errors": cmd_section_errors,
    "section-answers": cmd_section_answers,
    "question-text": cmd_question_text,
    "bench-check": cmd_bench_check,
    "region-check": cmd_region_check,
    "names-absent": cmd_names_absent,
    "advice-items": cmd_advice_items,
    "csv-header": cmd_csv_header,
    "excel-csv": cmd_excel_csv,
}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit("usage: python3 -m cimolt_test {%s} ARGS..." % ",".join(COMMANDS))
    COMMANDS[sys.argv[1]](*sys.argv[2:])
