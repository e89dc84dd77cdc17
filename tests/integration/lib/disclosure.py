"""tests/integration/lib/disclosure.py: the disclosure attack on the
benchmark. It signs in as some accounts that are not the organisers'
(a member, a coordinator, a regional viewer), reads everything they can
see of the benchmark (every year and group of /benchmark/YEAR, the named
view /benchmark/YEAR/vergelijken, and /regio/YEAR, as XML, HTML and CSV),
and computes from that, together,
the tightest bound it can on the score of every municipality that did not
opt in to be named, in every scope and year. It needs the truth (every
submitted score, from the database) only to know who is in which group and
in what order, and to check that its bounds hold.

The attacker is made stronger than a real one, so that a pass means more:
- it knows who took part in every group, who is at which rank, and so
  which municipalities make each published figure, and the true order of
  the unknown scores within every group that publishes a figure (so
  every published order statistic or quantile becomes a linear equation
  or interval on the values of known municipalities); only where its own
  and the named scores stand among the unknown ones it does not know
  beyond that (it would be a rank, and no rank is published);
- it knows its own municipalities' scores exactly and the named ones as
  published (to 0.05);
- it knows when a municipality's scores were copied unchanged from one
  year to the next (the year-over-year differencing attack);
- it knows the rule that made every published figure (type-7 quantiles
  as shown to 0.05, or the window mean in a published range).

Each figure is a linear constraint (coefficients, low, high) on the
unknown scores, with the order within every group, 0 <= score <= 100 and
the equalities between years. Bounds are tightened by propagation to a
fixed point (each constraint narrows each of its variables given the
others' bounds), which is sound and, for these small constraints, close
to what linear programming would give. A leak is an anonymous score whose
interval is at most 4 points wide (within +-2).

Run as `python3 -m disclosure attack URL TRUTH_TSV PASSWORD EMAIL...`
(lib/benchmark.sh, bench_attack). Python 3 standard library only.
"""

import csv
import http.cookiejar
import io
import math
import re
import sys
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

from cimolt_test import Problems, html_text

LEAK_WIDTH = 4.0          # +-2 points
SHOWN = 0.05              # half the last decimal of a figure shown to 0.1
GROUP_WORDS = {"all": "alle", "province": "provincie", "size": "grootte"}


# ------------------------------------------------------------- the truth

class Truth:
    """Every submitted score: {(year, scope, key): {org: score}}, and per
    organisation its name, CBS code, province (id), size class, named."""

    def __init__(self, path):
        self.score, self.org = {}, {}
        with open(path, encoding="utf-8") as f:
            for line in f.read().splitlines():
                year, oid, name, cbs, prov, size, named, scope, key, v = line.split("\t")
                self.org[oid] = {"name": name, "cbs": cbs, "province": prov, "size": size,
                                 "named": named == "1"}
                if v != "NULL":
                    self.score.setdefault((int(year), scope, key), {})[oid] = float(v)

    def members(self, year, scope, key, grp, label):
        """The organisations of a group with a score in a scope, in the
        true order of their scores."""
        vals = self.score.get((year, scope, key), {})
        if grp == "all":
            ms = list(vals)
        elif grp == "province":
            ms = [o for o in vals if self.org[o]["province"] == label]
        else:
            ms = [o for o in vals if self.org[o]["size"] == label]
        return sorted(ms, key=lambda o: (vals[o], int(o)))


# ------------------------------------------------------------ the crawler

class Account:
    """A signed-in visitor of the stack at URL."""

    def __init__(self, url, email, password):
        self.url, self.email = url.rstrip("/"), email
        self.jar = http.cookiejar.CookieJar()
        self.op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        csrf = ET.fromstring(self.get("/?format=xml")[1]).findtext("csrf")
        data = urllib.parse.urlencode({"email": email, "wachtwoord": password, "csrf": csrf}).encode()
        self.op.open(self.url + "/inloggen", data)
        self.user = ET.fromstring(self.get("/?format=xml")[1]).find("user")
        if self.user is None:
            raise SystemExit("cannot sign in as %s" % email)

    def get(self, path):
        """(status, body text) of GET PATH (redirects followed)."""
        try:
            with self.op.open(self.url + path) as r:
                self.at = urllib.parse.urlsplit(r.geturl()).path
                return r.status, r.read().decode("utf-8-sig")
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8", "replace")

    def years(self, base):
        """The years of BASE's pages: those of the page BASE redirects to."""
        st, _ = self.get(base)
        if st != 200 or self.at == base:
            return []
        st, body = self.get(self.at + "?format=xml")
        if st != 200:
            return []
        return sorted({int(y.get("value")) for y in ET.fromstring(body).iter("year")
                       if y.get("value") and y.get("value").isdigit()})


def crawl(acc):
    """Every benchmark view ACC can reach: a list of (kind, XML root,
    HTML text, CSV rows or None); kind "benchmark", "peers" (the named
    view) or "region"."""
    views = []
    role = acc.user.get("role")
    if role in ("member", "coordinator"):
        for y in acc.years("/benchmark"):
            for word in GROUP_WORDS.values():
                st, body = acc.get("/benchmark/%d?groep=%s&format=xml" % (y, word))
                if st != 200:
                    continue
                _, page = acc.get("/benchmark/%d?groep=%s" % (y, word))
                views.append(("benchmark", ET.fromstring(body), page, None))
            st, body = acc.get("/benchmark/%d/vergelijken?format=xml" % y)
            if st == 200:
                _, page = acc.get("/benchmark/%d/vergelijken" % y)
                views.append(("peers", ET.fromstring(body), page, None))
    elif role == "regional":
        for y in acc.years("/regio"):
            st, body = acc.get("/regio/%d?format=xml" % y)
            if st != 200:
                continue
            _, page = acc.get("/regio/%d" % y)
            _, text = acc.get("/regio/%d.csv" % y)
            rows = list(csv.reader(io.StringIO(text), delimiter=";"))
            views.append(("region", ET.fromstring(body), page, rows))
    return views


# ------------------------------------------------------------ constraints

def window(n, p, size=3):
    """The ranks (0-based, sorted values) whose mean is the published
    p-quantile of n values: the SIZE ranks nearest h = (n - 1) p, centred
    on h rounded half up and moved inside 0..n-1 (as fcgi/stats.c)."""
    size = min(size, n)
    c = int(math.floor((n - 1) * p + 0.5))
    lo = max(0, min(c - (size - 1) // 2, n - size))
    return list(range(lo, lo + size))


class System:
    """Linear constraints on the unknown scores of one (scope, key)
    across the years: variables (year, org)."""

    def __init__(self):
        self.cons = []          # (((var, coef), ...), low, high, why)
        self.lo, self.hi = {}, {}

    def var(self, v):
        self.lo.setdefault(v, 0.0)
        self.hi.setdefault(v, 100.0)

    def add(self, terms, low, high, why):
        for v, _ in terms:
            self.var(v)
        self.cons.append((tuple(terms), low, high, why))

    def fix(self, v, low, high):
        self.var(v)
        self.lo[v] = max(self.lo[v], low)
        self.hi[v] = min(self.hi[v], high)

    def propagate(self, rounds=400):
        """Narrow every variable's bounds by each constraint in turn,
        until nothing moves by more than 1e-9."""
        for _ in range(rounds):
            moved = False
            for terms, low, high, _ in self.cons:
                mins = [c * (self.lo[v] if c > 0 else self.hi[v]) for v, c in terms]
                maxs = [c * (self.hi[v] if c > 0 else self.lo[v]) for v, c in terms]
                smin, smax = sum(mins), sum(maxs)
                for i, (v, c) in enumerate(terms):
                    rest_min, rest_max = smin - mins[i], smax - maxs[i]
                    a, b = (low - rest_max) / c, (high - rest_min) / c
                    if c < 0:
                        a, b = b, a
                    if a > self.lo[v] + 1e-9:
                        self.lo[v], moved = a, True
                    if b < self.hi[v] - 1e-9:
                        self.hi[v], moved = b, True
            if not moved:
                return


def figures(stat):
    """The figures of a <stat> or trend <point>: [(p, value, kind)] with
    kind "type7" (an exact quantile shown to 0.1) or "range" (the window
    mean lies in [value, NAME-to])."""
    out = []
    for name, p in (("min", 0.0), ("q1", 0.25), ("median", 0.5), ("q3", 0.75), ("max", 1.0)):
        v, to = stat.get(name), stat.get(name + "-to")
        if v is None:
            continue
        out.append((p, float(v), "range" if to else "type7", float(to or 0)))
    return out


def add_figure(sys_, year, members, p, value, kind, to, why):
    """The constraint a published figure puts on the sorted members."""
    n = len(members)
    if n == 0:
        return
    if kind == "type7":
        h = (n - 1) * p
        lo = int(math.floor(h + 1e-9))
        f = h - lo
        if lo + 1 >= n or f < 1e-9:
            terms = [((year, members[min(lo, n - 1)]), 1.0)]
        else:
            terms = [((year, members[lo]), 1.0 - f), ((year, members[lo + 1]), f)]
        sys_.add(terms, value - SHOWN, value + SHOWN, why)
    else:
        w = window(n, p)
        terms = [((year, members[i]), 1.0 / len(w)) for i in w]
        sys_.add(terms, value, to, why)


def attack(url, truth_path, password, *emails):
    truth = Truth(truth_path)
    accounts = [Account(url, e, password) for e in emails]
    bad = Problems()
    known = {}              # (year, scope, key, org) -> (low, high)
    own_orgs, named_seen = set(), set()
    pubs = []               # (year, scope, key, grp, label, stat element)
    pages = 0
    for acc in accounts:
        own = acc.user.get("organisation-id")
        kind_of = acc.user.get("organisation-kind")
        if acc.user.get("role") in ("member", "coordinator"):
            own_orgs.add(own)
        for kind, root, page, rows in crawl(acc):
            pages += 1
            check_html(bad, root, page, acc.email)
            if kind == "benchmark":
                b = root.find("benchmark")
                year, grp = int(b.get("year")), b.get("group")
                label = own_label(truth, own, grp)
                for s in b.findall("stat"):
                    pubs.append((year, s.get("scope"), s.get("key"), grp, label, s))
                    if s.get("own") is not None:
                        o = truth.score.get((year, s.get("scope"), s.get("key")), {}).get(own)
                        if o is not None:
                            known[(year, s.get("scope"), s.get("key"), own)] = (o, o)
                tr = root.find("trend")
                for y in (tr.findall("year") if tr is not None else []):
                    for pt in y.findall("point"):
                        if pt.get("median") is not None:
                            m = ET.Element("stat", {a: pt.get(a) for a in ("median", "median-to")
                                                    if pt.get(a) is not None})
                            pubs.append((int(y.get("value")), pt.get("scope"), pt.get("key"),
                                         tr.get("group"), label, m))
            elif kind == "peers":
                peers_view(bad, truth, root, own, known, named_seen)
            else:
                r = root.find("region")
                year = int(r.get("year"))
                grp = "province" if r.get("kind") == "province" else "all"
                label = own if kind_of == "provincie" else region_label(truth, r)
                for s in r.findall("stat"):
                    pubs.append((year, s.get("scope"), s.get("key"), grp, label, s))
                for m in r.findall("municipality"):
                    named_seen.add(m.get("id"))
                    for sc in m.findall("score"):
                        if sc.get("value") is not None:
                            v = float(sc.get("value"))
                            known[(year, sc.get("scope"), sc.get("key"), m.get("id"))] = (v - SHOWN, v + SHOWN)
                check_csv(bad, rows, r, year)
    # One system per scope, across the years.
    systems = {}
    for year, scope, key, grp, label, s in pubs:
        sysk = systems.setdefault((scope, key), System())
        members = truth.members(year, scope, key, grp, label)
        for p, v, kind, to in figures(s):
            add_figure(sysk, year, members, p, v, kind, to,
                       "%d %s %s %s p%.2f" % (year, scope, key, grp, p))
    # The true order of the unknown scores within every group that
    # publishes a figure of the scope that year (a group that publishes
    # nothing tells nothing of its order). Not where the known scores
    # stand among them: that would be a rank, which is not published.
    ordered = {(year, scope, key, grp, label) for year, scope, key, grp, label, s in pubs
               if figures(s)}
    for year, scope, key, grp, label in ordered:
        sysk = systems[(scope, key)]
        ms = [o for o in truth.members(year, scope, key, grp, label)
              if (year, scope, key, o) not in known]
        for a, b in zip(ms, ms[1:]):
            sysk.add([((year, b), 1.0), ((year, a), -1.0)], 0.0, 1e9, "order")
    for (year, scope, key), vals in truth.score.items():
        sysk = systems.setdefault((scope, key), System())
        for o in vals:
            sysk.var((year, o))
            nxt = truth.score.get((year + 1, scope, key), {}).get(o)
            if nxt is not None and abs(nxt - vals[o]) < 0.0005:
                sysk.add([((year, o), 1.0), ((year + 1, o), -1.0)], 0.0, 0.0, "copied")
    for (year, scope, key, o), (lo, hi) in known.items():
        systems[(scope, key)].fix((year, o), lo, hi)
    leaks, checked = [], 0
    for (scope, key), sysk in sorted(systems.items()):
        sysk.propagate()
        for (year, o), lo in sorted(sysk.lo.items()):
            hi = sysk.hi[(year, o)]
            real = truth.score.get((year, scope, key), {}).get(o)
            if real is None:
                continue
            if not lo - 1e-6 <= real <= hi + 1e-6:
                bad.add("the attack's model is wrong: %s %s %s %s is %.3f, outside [%.3f, %.3f]" %
                        (year, scope, key, truth.org[o]["name"], real, lo, hi))
            if o in own_orgs or o in named_seen:
                continue
            checked += 1
            if hi - lo <= LEAK_WIDTH:
                leaks.append("leak: %d %s%s of %s is in [%.2f, %.2f] (it is %.3f)" %
                             (year, scope, " " + key if key else "", truth.org[o]["name"], lo, hi, real))
    print("# %d accounts, %d views, %d figures; %d anonymous scores bounded, %d within +-2 points" %
          (len(accounts), pages, sum(len(s.cons) for s in systems.values()), checked, len(leaks)))
    for line in leaks[:40]:
        print(line)
    if len(leaks) > 40:
        print("... and %d more leaks" % (len(leaks) - 40))
    for p in bad.list[:20]:
        print(p)
    sys.exit(1 if leaks or bad else 0)


def peers_view(bad, truth, root, own, known, named_seen):
    """The named view (fcgi/peers.c): it may show only municipalities that
    are named, each with its own scores, and nothing else: no figure of a
    group, which beside the named scores could give away one that is not
    named. Anything else on it is a problem; its scores are known."""
    p = root.find("peers")
    year = int(p.get("year"))
    for e in p:
        if e.tag == "years":
            continue
        if e.tag != "municipality":
            bad.add("named view %d: a <%s>, not a municipality's own scores" % (year, e.tag))
            continue
        oid = e.get("id")
        if oid != own and not truth.org.get(oid, {}).get("named"):
            bad.add("named view %d names %s, which does not consent" % (year, e.get("name")))
        named_seen.add(oid)
        for sc in e:
            if sc.tag != "score" or set(sc.attrib) - {"scope", "key", "value"}:
                bad.add("named view %d: <%s %s> in %s" % (year, sc.tag, sc.attrib, e.get("name")))
                continue
            if sc.get("value") is not None:
                v = float(sc.get("value"))
                known[(year, sc.get("scope"), sc.get("key"), oid)] = (v - SHOWN, v + SHOWN)
    extra = set(p.attrib) - {"year", "named", "max", "chosen"}
    if extra:
        bad.add("named view %d: attributes %s" % (year, sorted(extra)))


def own_label(truth, own, grp):
    """The key of the viewer's group: its province (id) or size class."""
    o = truth.org.get(own)
    if o is None:
        return None
    return o["province"] if grp == "province" else o["size"] if grp == "size" else None


def region_label(truth, region):
    """The province (id) of an umbrella organisation's regional page,
    from its named members."""
    for m in region.findall("municipality"):
        if m.get("id") in truth.org:
            return truth.org[m.get("id")]["province"]
    return None


NUMBER = re.compile(r"(?<![\d.,])(\d{1,3})[.,](\d)(?![\d])")


def check_html(bad, root, page, who):
    """The HTML shows no figure with a decimal that the document lacks."""
    doc = set()
    for e in root.iter():
        for v in e.attrib.values():
            try:
                doc.add("%.1f" % float(v))
            except ValueError:
                pass
    for a, b in NUMBER.findall(html_text(page)):
        if "%s.%s" % (a, b) not in doc and "%.1f" % (float(a + "." + b)) not in doc:
            bad.add("%s: the HTML of %s shows %s.%s, which its document lacks" %
                    (who, root.find("request").get("path"), a, b))
            return


def check_csv(bad, rows, region, year):
    """The CSV's statistics rows equal the document's figures."""
    stats = {(s.get("scope"), s.get("key")): s for s in region.findall("stat")}
    head = rows[0] if rows else []
    for r in rows[1:]:
        if not r or r[0] != "statistiek":
            continue
        s = stats.get((r[2], r[3]))
        for i, h in enumerate(head):
            attr = {"minimum": "min", "eerste kwartiel": "q1", "mediaan": "median",
                    "derde kwartiel": "q3", "maximum": "max", "eerste kwartiel van": "q1",
                    "mediaan van": "median", "derde kwartiel van": "q3"}.get(h)
            if attr is None or i >= len(r) or r[i] == "":
                continue
            if s is None or s.get(attr) is None or abs(float(r[i].replace(",", ".")) - float(s.get(attr))) > 0.051:
                bad.add("/regio/%d.csv: %s %s %s %s is not in the document" % (year, r[2], r[3], h, r[i]))


COMMANDS = {"attack": attack}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit("usage: python3 -m disclosure attack URL TRUTH_TSV PASSWORD EMAIL...")
    COMMANDS[sys.argv[1]](*sys.argv[2:])
