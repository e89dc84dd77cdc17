# /praktijk.atom is an Atom 1.0 feed (RFC 4287) served as
# application/atom+xml: it parses, has the feed's id, title, updated,
# self link, and one entry per public published practice, newest first:
# id urn:uuid:<the practice's uuid>, alternate link to
# BASE/praktijk/ID, title, summary, author (the municipality),
# published and updated in RFC 3339. Internal (not public) published
# practices and unpublished ones (even when marked public) are not in it.
sign_in_as m member
w=$(unique feed | tr -d '-' | tr 0-9 a-j)
pub=$(practice_sql GM0228 "Openbaar $w & <meer>" "Samenvatting $w" "a" "r" gww 2024 1 hergebruik) || fail "cannot add"
on_exit "drop_practice $pub"
internal=$(practice_sql GM0202 "Intern $w" "s" "a" "r" gww 2024 0 hergebruik) || fail "cannot add"
on_exit "drop_practice $internal"
practice_new m "Concept $w"
draft=$PRACTICE
sql "UPDATE practices SET is_public = 1 WHERE id = $draft"
uuid=$(sql "SELECT uuid FROM practices WHERE id = $pub")

http GET /praktijk.atom
assert_status 200
assert_header Content-Type "application/atom+xml; charset=utf-8"
assert_security_headers
assert_xml
python3 - "$TEST_TMP/body" "$STACK_URL" "$pub" "$uuid" "$w" <<'PY' || fail "the feed is not as agreed"
import re, sys
from cimolt_test import ATOM as A, Problems, xml_root
body, base, pub, uuid, w = sys.argv[1:]
root = xml_root(body)
bad = Problems()
need = bad.check
rfc3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
need(root.tag == A + "feed", "root is %s" % root.tag)
need((root.findtext(A + "id") or "").startswith("tag:"), "feed id %r" % root.findtext(A + "id"))
need((root.findtext(A + "title") or "").strip() != "", "feed title")
need(rfc3339.match(root.findtext(A + "updated") or ""), "feed updated %r" % root.findtext(A + "updated"))
need(any(l.get("rel") == "self" and l.get("href") == base + "/praktijk.atom" for l in root.findall(A + "link")), "self link")
entries = root.findall(A + "entry")
# RFC 4287 4.1.1: the feed has an author, or every entry has one.
need(root.find(A + "author/" + A + "name") is not None or
     all(e.find(A + "author/" + A + "name") is not None for e in entries), "feed or entry authors")
ids = [e.findtext(A + "id") for e in entries]
need(len(ids) == len(set(ids)), "entry ids are not unique")
mine = [e for e in entries if w in (e.findtext(A + "title") or "")]
need(len(mine) == 1, "%d entries of this test, expected 1 (the public published one)" % len(mine))
for e in entries:
    need(all(e.find(A + t) is not None for t in ("id", "title", "updated", "link")), "an entry lacks id, title, updated or link")
    need(rfc3339.match(e.findtext(A + "updated") or ""), "entry updated %r" % e.findtext(A + "updated"))
ups = [e.findtext(A + "updated") for e in entries]
need(ups == sorted(ups, reverse=True), "entries are not newest first")
if mine:
    e = mine[0]
    need(e.findtext(A + "id") == "urn:uuid:" + uuid, "entry id %r" % e.findtext(A + "id"))
    need(e.findtext(A + "title") == "Openbaar %s & <meer>" % w, "entry title %r" % e.findtext(A + "title"))
    need(e.findtext(A + "summary") == "Samenvatting " + w, "entry summary")
    need(e.findtext(A + "author/" + A + "name") == "Ede", "entry author")
    need(any(l.get("rel") == "alternate" and l.get("href") == "%s/praktijk/%s" % (base, pub) for l in e.findall(A + "link")), "entry link")
    need(rfc3339.match(e.findtext(A + "published") or ""), "entry published")
bad.exit()
PY
assert_body_lacks "Intern $w"
assert_body_lacks "Concept $w"
# The same feed for a signed-in member: still only the public ones.
http_as m GET /praktijk.atom
assert_body_lacks "Intern $w"
