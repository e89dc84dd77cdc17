/*
 * Monitor operations shared by the pages and cimolt-admin: storing a
 * round's scores, and generating rounds with plausible answers for demo
 * data and load tests (cimolt-admin monitor generate).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <sodium.h>

#include "domain.h"

int
monitor_store_scores(struct db *db, long long round_id, const struct qscores *s)
{
	struct db_score	 rows[2 + 2 + THEME__MAX + 2 * CAT__MAX];
	char		 empty[1] = "";
	size_t		 n = 0;

#define ROW(sc_, key_, q_) do { \
		rows[n].scope = sc_; \
		rows[n].key = key_; \
		rows[n].score = (q_)->score; \
		rows[n].has = (q_)->has; \
		rows[n].answered = (q_)->answered; \
		rows[n].total = (q_)->total; \
		n++; \
	} while (0)
	ROW("overall", empty, &s->overall);
	ROW("level", "strategisch", &s->level[0]);
	ROW("level", "operationeel", &s->level[1]);
	for (int t = 0; t < THEME__MAX; t++)
		ROW("theme", theme_names[t], &s->theme[t]);
	for (int c = 0; c < CAT__MAX; c++)
		ROW("category", category_names[c], &s->category[c]);
#undef ROW
	for (int c = 0; c < CAT__MAX; c++) {
		rows[n].scope = "share";
		rows[n].key = category_names[c];
		rows[n].score = s->share[c];
		rows[n].has = s->has_share[c];
		rows[n].answered = s->has_share[c];
		rows[n].total = 1;
		n++;
	}
	rows[n].scope = "share";
	rows[n].key = "overall";
	rows[n].score = s->share_overall;
	rows[n].has = s->has_share_overall;
	rows[n].answered = s->has_share_overall;
	rows[n].total = 1;
	n++;
	return db_scores_replace(db, round_id, rows, n);
}


/* A small deterministic generator (xorshift64*), so generated data is
 * the same for the same seed: demo pages and benchmarks repeat. */
struct rng {
	unsigned long long s;
};

static unsigned long long
rng_next(struct rng *g)
{
	g->s ^= g->s >> 12;
	g->s ^= g->s << 25;
	g->s ^= g->s >> 27;
	return g->s * 2685821657736338717ULL;
}

/* A number in [0, 1). */
static double
rng_unit(struct rng *g)
{
	return (double)(rng_next(g) >> 11) / 9007199254740992.0;
}

/* Clamps x to [lo, hi]. */
static double
clamp(double x, double lo, double hi)
{
	return x < lo ? lo : x > hi ? hi : x;
}

int
monitor_generate(struct db *db, const struct qn *qn, long long qn_id,
    long long org_id, unsigned long long seed)
{
	struct rng		 g;
	struct db_round		 rd;
	struct qanswer		*qa;
	char			(*vals)[32], *json = NULL;
	json_t			*rows = NULL;
	double			 base, share;
	long long		 tenders[CAT__MAX], spend[CAT__MAX];
	size_t			 n = 0;
	int			 rc;

	if ((rc = db_round_get(db, org_id, qn->year, 0, &rd)) != 0)
		return rc == 1 ? 0 : -1;
	if (db_round_add(db, org_id, qn->year, qn_id) == -1 ||
	    db_round_get(db, org_id, qn->year, 0, &rd) != 1)
		return -1;
	/* How far along this municipality is, 0.3 to 3.3 on the 0-4 ladder
	 * (drawn from the organisation alone), and a little further each
	 * year after 2024; the rest is drawn for this year. */
	g.s = (seed ^ (unsigned long long)org_id * 0x9E3779B97F4A7C15ULL) | 1;
	for (int i = 0; i < 8; i++)
		(void)rng_next(&g);
	base = clamp(0.3 + 3.0 * rng_unit(&g) + 0.2 * (qn->year - 2024), 0, 4);
	g.s ^= (unsigned long long)qn->year * 0xBF58476D1CE4E5B9ULL;
	for (int i = 0; i < 8; i++)
		(void)rng_next(&g);
	share = clamp(base / 4 * 0.35 + 0.1 * (rng_unit(&g) - 0.5), 0, 0.9);
	qa = calloc(qn->nquestions, sizeof(*qa));
	vals = calloc(qn->nquestions, sizeof(*vals));
	rows = json_array();
	if (qa == NULL || vals == NULL || rows == NULL)
		goto fail;
	for (int c = 0; c < CAT__MAX; c++) {
		tenders[c] = 2 + (long long)(40 * rng_unit(&g));
		spend[c] = tenders[c] * (50000 + (long long)(900000 *
		    rng_unit(&g)));
	}
	for (size_t i = 0; i < qn->nquestions; i++) {
		const struct qquestion *q = &qn->questions[i];
		const struct qsection *s = &qn->sections[q->section];
		int c = 0, dk = 0;
		double u = rng_unit(&g), level;

		for (c = 0; c < CAT__MAX; c++)
			if (strcmp(s->group, category_names[c]) == 0)
				break;
		if (q->type == QT_TEXT || u < 0.06)
			continue;	/* left open */
		dk = u < 0.09;
		level = clamp(base + 1.6 * (rng_unit(&g) - 0.5), 0, 4);
		switch (q->type) {
		case QT_MATURITY:
			snprintf(vals[n], 32, "%d", (int)(level + 0.5));
			break;
		case QT_YESNO:
			snprintf(vals[n], 32, "%s", rng_unit(&g) * 4 < level ?
			    "ja" : "nee");
			break;
		case QT_CHOICE: {
			size_t best = 0;
			double want = level * 25, d, bestd = 1e9;
			for (size_t k = 0; k < q->noptions; k++) {
				d = q->options[k].score - want;
				d = d < 0 ? -d : d;
				if (d < bestd) {
					bestd = d;
					best = k;
				}
			}
			snprintf(vals[n], 32, "%s", q->noptions ?
			    q->options[best].value : "");
			break;
		}
		case QT_PERCENTAGE:
			snprintf(vals[n], 32, "%d", (int)clamp(level * 25 +
			    20 * (rng_unit(&g) - 0.5), 0, 100));
			break;
		case QT_NUMBER: {
			long long v = 0;
			if (c == CAT__MAX)
				v = q->min;
			else if (q->role == QR_TENDERS)
				v = tenders[c];
			else if (q->role == QR_TENDERS_CIRCULAR)
				v = (long long)(tenders[c] * clamp(share * 2 *
				    rng_unit(&g), 0, 1));
			else if (q->role == QR_SPEND)
				v = spend[c];
			else if (q->role == QR_SPEND_CIRCULAR)
				v = (long long)(spend[c] * clamp(share * 2 *
				    rng_unit(&g), 0, 1));
			v = v < q->min ? q->min : v > q->max ? q->max : v;
			snprintf(vals[n], 32, "%lld", v);
			break;
		}
		default:
			continue;
		}
		qa[n].question_id = q->id;
		qa[n].value = dk ? NULL : vals[n];
		qa[n].dont_know = dk;
		if (json_array_append_new(rows, json_pack("[s,s?,i]", q->id,
		    qa[n].value, dk)) == -1)
			goto fail;
		n++;
	}
	/* All answers in one statement: load tests make millions. */
	if ((json = json_dumps(rows, JSON_COMPACT)) == NULL ||
	    db_answers_bulk(db, rd.id, json) == -1)
		goto fail;
	{
		struct qscores sc;

		score_round(qn, qa, n, &sc);
		if (monitor_store_scores(db, rd.id, &sc) == -1 ||
		    db_round_submit(db, rd.id, 0) != 1)
			goto fail;
	}
	free(json);
	json_decref(rows);
	free(qa);
	free(vals);
	return 1;
fail:
	free(json);
	json_decref(rows);
	free(qa);
	free(vals);
	return -1;
}

/* The questionnaire cache lives in the worker: a round's version never
 * changes, so what is parsed once stays right. */
const struct qn *
qn_get(struct worker *w, long long id)
{
	char		 err[1024];
	char		*xml;
	size_t		 len, i;
	xmlDocPtr	 doc;
	struct qn	*qn;

	for (i = 0; i < QN_CACHE; i++)
		if (w->qn[i] != NULL && w->qn_id[i] == id)
			return w->qn[i];
	if ((xml = db_qn_xml(w->db, id, &len)) == NULL)
		return NULL;
	/* It was validated at import; a failure here is a damaged row. */
	doc = qn_parse(xml, len, err, sizeof(err));
	free(xml);
	if (doc == NULL || (qn = qn_build(doc, err, sizeof(err))) == NULL) {
		log_error("monitor: questionnaire %lld does not build: %s", id,
		    err);
		xmlFreeDoc(doc);
		return NULL;
	}
	i = w->qn_next++ % QN_CACHE;
	qn_free(w->qn[i]);
	w->qn[i] = qn;
	w->qn_id[i] = id;
	return qn;
}
