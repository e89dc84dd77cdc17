/*
 * Scoring a monitor round: a pure function of the questionnaire and the
 * answers, so it can be tested by hand-computed cases.
 *
 * A scored question (maturity, yes/no, choice, and percentage with a
 * weight) scores 0-100: maturity level / 4 x 100, yes 100 and no 0, the
 * chosen option's score, the percentage itself. A score over a group
 * (a strategic theme, an operational category, a level, the whole round)
 * is the weighted mean of the scores of its answered questions:
 * sum(weight x score) / sum(weight).
 *
 * Missing answers and "weet ik niet" (don't know) are left out of both
 * sums: not knowing is not scored as zero, because a municipality that
 * cannot find a figure has not shown that it does nothing; the count of
 * answered against scored questions is kept beside each score, so a
 * reader sees how much of it rests on answers. A group without any
 * answered question has no score.
 *
 * The share of circular spend per category is the contract value with
 * circular criteria over the total value, both from the category's
 * number questions (roles spend-circular and spend), when both are
 * answered and the total is above zero. The overall share adds the
 * values of those categories up before dividing, so large categories
 * weigh by their money. The national target is 10%.
 */
#include "config.h"

#include <string.h>

#include "domain.h"

/* Returns the index of s in names[n], or -1. */
static int
index_of(const char *s, const char *const *names, int n)
{
	for (int i = 0; i < n; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return -1;
}

/*
 * The score of one answer to question q, in *out. Returns 1 when the
 * answer counts, 0 when it does not (missing, don't know, unscored type,
 * or a stored value that is not valid for the question).
 */
static int
answer_score(const struct qquestion *q, const char *value, int dont_know,
    double *out)
{
	long long v;

	if (value == NULL || dont_know || q->weight <= 0)
		return 0;
	switch (q->type) {
	case QT_MATURITY:
		if (valid_int(value, 0, 4, &v) == -1)
			return 0;
		*out = (double)v * 25.0;
		return 1;
	case QT_YESNO:
		if (strcmp(value, "ja") == 0)
			*out = 100;
		else if (strcmp(value, "nee") == 0)
			*out = 0;
		else
			return 0;
		return 1;
	case QT_CHOICE:
		for (size_t i = 0; i < q->noptions; i++)
			if (strcmp(value, q->options[i].value) == 0) {
				*out = q->options[i].score;
				return 1;
			}
		return 0;
	case QT_PERCENTAGE:
		if (valid_int(value, 0, 100, &v) == -1)
			return 0;
		*out = (double)v;
		return 1;
	default:
		return 0;
	}
}

/* Adds one weighted score to an aggregate. */
static void
add(struct qscore *a, double weight, double score)
{
	a->wsum += weight;
	a->wscore += weight * score;
	a->answered++;
}

/* Turns the sums into the score. */
static void
finish(struct qscore *a)
{
	a->has = a->wsum > 0;
	a->score = a->has ? a->wscore / a->wsum : 0;
}

void
score_round(const struct qn *qn, const struct qanswer *answers, size_t n,
    struct qscores *out)
{
	const struct qquestion	*q;
	const struct qsection	*s;
	const struct qanswer	*a;
	double			 sc;
	long long		 v;
	int			 g, c;
	long long		 circ_sum = 0, spend_sum = 0;

	memset(out, 0, sizeof(*out));
	for (size_t i = 0; i < qn->nquestions; i++) {
		q = &qn->questions[i];
		s = &qn->sections[q->section];
		a = NULL;
		for (size_t k = 0; k < n; k++)
			if (strcmp(answers[k].question_id, q->id) == 0)
				a = &answers[k];
		c = s->operational ? index_of(s->group, category_names,
		    CAT__MAX) : -1;
		/* The quantities, for the spend share. */
		if (q->type == QT_NUMBER && c != -1 && a != NULL &&
		    !a->dont_know && a->value != NULL &&
		    valid_int(a->value, q->min, q->max, &v) == 0) {
			if (q->role == QR_SPEND) {
				out->spend[c] = v;
				out->has_spend[c] = 1;
			} else if (q->role == QR_SPEND_CIRCULAR) {
				out->spend_circular[c] = v;
				out->has_spend_circular[c] = 1;
			}
		}
		if (q->weight <= 0 || q->type == QT_NUMBER ||
		    q->type == QT_TEXT)
			continue;
		/* A scored question: counted in its groups' totals, and in
		 * their sums when answered. */
		g = s->operational ? -1 : index_of(s->group, theme_names,
		    THEME__MAX);
		out->overall.total++;
		out->level[s->operational].total++;
		if (g != -1)
			out->theme[g].total++;
		if (c != -1)
			out->category[c].total++;
		if (a == NULL || !answer_score(q, a->value, a->dont_know, &sc))
			continue;
		add(&out->overall, q->weight, sc);
		add(&out->level[s->operational], q->weight, sc);
		if (g != -1)
			add(&out->theme[g], q->weight, sc);
		if (c != -1)
			add(&out->category[c], q->weight, sc);
	}
	finish(&out->overall);
	for (int l = 0; l < 2; l++)
		finish(&out->level[l]);
	for (int t = 0; t < THEME__MAX; t++)
		finish(&out->theme[t]);
	for (c = 0; c < CAT__MAX; c++) {
		finish(&out->category[c]);
		if (out->has_spend[c] && out->has_spend_circular[c] &&
		    out->spend[c] > 0) {
			out->has_share[c] = 1;
			out->share[c] = 100.0 * (double)out->spend_circular[c] /
			    (double)out->spend[c];
			circ_sum += out->spend_circular[c];
			spend_sum += out->spend[c];
		}
	}
	if (spend_sum > 0) {
		out->has_share_overall = 1;
		out->share_overall = 100.0 * (double)circ_sum / (double)spend_sum;
		out->meets_target = out->share_overall >= SPEND_TARGET;
	}
}
