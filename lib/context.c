/* context.c: what the words around a lexicon match do to it: a negation
   before an English stance word (or its removal after it), or after a
   Korean one, makes its tag "stance:not-NAME"; a question, a condition
   or a forecast drops it; a place after "in" or "at" is a venue, no
   actor. */
#include <stdlib.h>
#include <string.h>

#include "scm.h"

/* Words that end the clause a stance word stands in, looking back. */
static const char *clauseend[] = {
	"and", "or", "but", "while", "whereas", "although", "though",
	"however", "yet", "which", "who", "whom", "because", "since", "if",
	"when", "whether", "that",
};
/* Negation cues before an English stance word. */
static const char *negword[] = {
	"not", "never", "no", "nor", "neither", "cannot", "without",
	"nobody", "none", "omitted", "omits", "omit", "omitting", "dropped",
	"drops", "dropping",	/* (the communique omitted the pledge) */
};
/* Cues only before "to" ("failed to agree", not "the failed launch"). */
static const char *negverb[] = {
	"fail", "fails", "failed", "failing", "refuse", "refuses", "refused",
	"refusing", "decline", "declines", "declined", "declining", "yet",
	"unlikely", "unwilling", "unable", "reluctant", "reluctance",
	"refusal", "failure", "inability", "unwillingness",
};
/* Cues only before "from" ("refrained from condemning"). */
static const char *negfrom[] = {
	"refrain", "refrains", "refrained", "refraining",
};
/* Reluctance before "to" ("hesitated to condemn"), or "shy away from":
   a cue itself, and a negation before it cancels it ("did not hesitate
   to condemn", "never shied away from condemning" condemn). */
static const char *hesitate[] = {
	"hesitate", "hesitates", "hesitated", "hesitating",
};
static const char *shy[] = {
	"shy", "shies", "shied", "shying",
};
/* "not only", "no doubt": cues followed by these are none. */
static const char *negnot[] = {
	"only", "just", "least", "merely", "simply", "doubt", "less",
	"other", "doubts", "doubted",
};

enum { NEGBACK = 8 };	/* words looked at before a stance word */

static int
iswordbyte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '\'' || c >= 0x80;
}

/* Is the typographic apostrophe ’ (E2 80 99) at s[i]? */
static int
isapos(const unsigned char *s, size_t i, size_t n)
{
	return i + 2 < n && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == 0x99;
}

/*
 * The word that ends before *end in s, looking back: its view in *w and
 * *end moved to its start.  Return 0 at the start of s or at clause
 * punctuation (. , ; : ! ? brackets, quotes and dashes other than ’).
 */
static int
wordback(Str s, size_t *end, Str *w)
{
	const unsigned char *p = (const unsigned char *)s.p;
	size_t e = *end, b, i;
	int inv;

	while (e > 0 && p[e - 1] == ' ')
		e--;
	if (e == 0)
		return 0;
	if (!iswordbyte(p[e - 1]) || (e >= 3 && p[e - 3] == 0xE2 &&
	    !isapos(p, e - 3, s.n) && invisible(p + e - 3, 3) == 0))
		return 0;
	for (b = e, inv = 0; b > 0 && iswordbyte(p[b - 1]); b--)
		if (p[b - 1] < 0x80)
			continue;
		else if (b >= 3 && p[b - 3] == 0xE2 && !isapos(p, b - 3, s.n)) {
			if (invisible(p + b - 3, 3) == 0)
				break;
			inv = 1;	/* a zero-width space inside: i\u200Bn */
		} else if (b >= 2 && p[b - 2] == 0xC2 && p[b - 1] == 0xAD)
			inv = 1;	/* a soft hyphen */
		else if (b >= 3 && p[b - 3] == 0xEF && invisible(p + b - 3, 3) > 0)
			inv = 1;	/* U+FEFF */
	*w = (Str){ s.p + b, e - b };
	*end = b;
	if (inv) {
		/* the word without them, in one of two buffers (a caller
		   holds the word before too) */
		static char buf[2][32];
		static int turn;
		size_t k, m = 0;

		turn ^= 1;
		for (k = 0; k < w->n && m < sizeof(buf[0]); k++)
			if ((i = invisible((const unsigned char *)w->p + k,
			    w->n - k)) > 0)
				k += i - 1;
			else
				buf[turn][m++] = w->p[k];
		if (k == w->n)
			*w = (Str){ buf[turn], m };
	}
	return 1;
}

/* Is w, folded to ASCII lower case, one of the words of l? */
static int
wordin(Str w, const char **l, size_t n)
{
	size_t i, k;

	if (w.n == 0)
		return 0;
	for (i = 0; i < n; i++) {
		if (l[i][0] != (w.p[0] | 0x20) || strlen(l[i]) != w.n)
			continue;
		for (k = 0; k < w.n; k++)
			if ((w.p[k] | 0x20) != l[i][k])
				break;
		if (k == w.n)
			return 1;
	}
	return 0;
}

/* Does w end in n't or n’t (won't, didn’t)? */
static int
isnt(Str w)
{
	const unsigned char *p = (const unsigned char *)w.p;

	if (w.n >= 3 && p[w.n - 1] == 't' && p[w.n - 2] == '\'' &&
	    (p[w.n - 3] | 0x20) == 'n')
		return 1;
	return w.n >= 5 && p[w.n - 1] == 't' && isapos(p, w.n - 4, w.n) &&
	    (p[w.n - 5] | 0x20) == 'n';
}

static int
asciiletter(unsigned char c)
{
	return (unsigned)((c | 0x20) - 'a') < 26;
}

/* Is w a negation cue (not, never, didn't)? */
static int
negcue(Str w)
{
	return isnt(w) || wordin(w, (const char *[]){ "not", "never" }, 2);
}

/*
 * Before s[0..*e), looking back: marks that do not end the clause are
 * stepped over, *e moved before them: spaces, emphasis (*did not*,
 * _not_), quotes around the stance word ("did not “reaffirm”"), a
 * bracketed aside ("did not (again) reaffirm").  Return 1 if the
 * clause goes on before them, 2 if an aside between commas or dashes
 * opens right after a negation cue ("did not, however, reaffirm", "did
 * not — as in past years — reaffirm"), 0 at the clause's end.
 */
static int
stepback(Str s, size_t *e, int first)
{
	const unsigned char *p = (const unsigned char *)s.p;
	size_t i = *e, a, k, lim;
	int dash;
	Str w;

	for (;;) {
		while (i > 0 && p[i - 1] == ' ')
			i--;
		if (i == 0)
			return 0;
		if (p[i - 1] == '*' || p[i - 1] == '_' || p[i - 1] == '"')
			i--;
		else if (p[i - 1] == '-' && i >= 2 && i < s.n &&
		    asciiletter(p[i - 2]) && asciiletter(p[i])) {
			/* a compound is one word: long-standing,
			   no-first-use (its parts are no cues) */
			for (i--; i > 0 && asciiletter(p[i - 1]); i--)
				;
			continue;
		}
		else if (i >= 3 && p[i - 3] == 0xE2 && p[i - 2] == 0x80 &&
		    (p[i - 1] == 0x9C || p[i - 1] == 0x98))
			i -= 3;		/* an opening quote */
		else if (p[i - 1] == ')' && first) {
			for (a = i - 1; a > 0 && i - a < 60 && p[a - 1] != '(' &&
			    p[a - 1] != ')'; a--)
				;
			if (a == 0 || p[a - 1] != '(')
				return 0;
			i = a - 1;
		} else
			break;
	}
	*e = i;
	dash = i >= 3 && p[i - 3] == 0xE2 && p[i - 2] == 0x80 &&
	    (p[i - 1] == 0x94 || p[i - 1] == 0x93);
	if (!dash && iswordbyte(p[i - 1]))
		return 1;
	if (!first)		/* an aside only right before the word */
		return 0;
	/* an aside between commas or dashes: the same mark before it,
	   at most 80 bytes back, a negation cue before that */
	if (!dash && !(i >= 2 && p[i - 1] == '-' && p[i - 2] == '-') &&
	    p[i - 1] != ',')
		return 0;
	lim = i > 80 ? i - 80 : 0;
	for (a = dash ? i - 3 : p[i - 1] == ',' ? i - 1 : i - 2; a > lim; a--) {
		if (p[a - 1] == '.' || p[a - 1] == ';' || p[a - 1] == ':')
			return 0;
		if (p[i - 1] == ',' ? p[a - 1] == ',' : dash ?
		    a >= 3 && p[a - 3] == 0xE2 && p[a - 2] == 0x80 &&
		    p[a - 1] == p[i - 1] : a >= 2 && p[a - 1] == '-' &&
		    p[a - 2] == '-')
			break;
	}
	if (a <= lim)
		return 0;
	k = p[i - 1] == ',' ? a - 1 : dash ? a - 3 : a - 2;
	return wordback(s, &k, &w) && negcue(w) ? 2 : 0;
}

/* Is the English word at s[off] negated by a cue before it in its
   clause ("will not tolerate", "no longer welcomes", "never agreed",
   "did not make any commitment")?  A reluctance ("hesitated to") is a
   cue that a cue before it cancels: the search goes on for one, in the
   words it has left. */
static int
negback(Str s, size_t off)
{
	size_t e = off, k;
	int r, shyer = 0;
	Str w, nx = { NULL, 0 }, nx2 = { NULL, 0 };

	for (k = 0; k < NEGBACK; k++) {
		if ((r = stepback(s, &e, k == 0)) == 2)
			return !shyer;
		if (r == 0 || !wordback(s, &e, &w))
			break;
		/* "did not hesitate to condemn", "shied away from
		   condemning" */
		if (!shyer && nx.p != NULL &&
		    ((wordin(nx, (const char *[]){ "to" }, 1) &&
		    wordin(w, hesitate, NELEM(hesitate))) ||
		    (nx2.p != NULL && wordin(w, shy, NELEM(shy)) &&
		    wordin(nx, (const char *[]){ "away" }, 1) &&
		    wordin(nx2, (const char *[]){ "from" }, 1)))) {
			shyer = 1;
			nx2 = nx;
			nx = w;
			continue;
		}
		/* "have yet to agree", "stopped short of condemning" */
		if (nx.p != NULL && ((wordin(nx, (const char *[]){ "to" }, 1) &&
		    wordin(w, negverb, NELEM(negverb))) ||
		    (wordin(nx, (const char *[]){ "from" }, 1) &&
		    wordin(w, negfrom, NELEM(negfrom))) ||
		    (wordin(nx, (const char *[]){ "of" }, 1) &&
		    wordin(w, (const char *[]){ "short" }, 1))))
			return !shyer;
		/* "have not yet agreed": this yet ends no clause */
		if (wordin(w, (const char *[]){ "yet" }, 1)) {
			size_t e2 = e;
			Str pw;

			if (wordback(s, &e2, &pw) && (isnt(pw) ||
			    wordin(pw, (const char *[]){ "not", "never" }, 2)))
				return !shyer;
		}
		if (wordin(w, clauseend, NELEM(clauseend)))
			return shyer;
		if (isnt(w))
			return !shyer;
		if (wordin(w, negword, NELEM(negword)) &&
		    !(nx.p != NULL && wordin(nx, negnot, NELEM(negnot))))
			return !shyer;
		/* "nothing has been decided", "nothing was agreed"; not
		   "nothing is more important than our pledge" */
		if (k <= 2 && wordin(w, (const char *[]){ "nothing" }, 1))
			return !shyer;
		nx2 = nx;
		nx = w;
	}
	return shyer;
}

/* Is the character at p[0..n) a Hangul syllable (U+AC00..U+D7A3)? */
static int
ishangul(const unsigned char *p, size_t n)
{
	long c;

	return n >= 3 && utf8dec(p, n, &c) == 3 && c >= 0xAC00 && c <= 0xD7A3;
}

/* Does s hold the UTF-8 string lit? */
static int
has(Str s, const char *lit)
{
	size_t n = strlen(lit), i;

	for (i = 0; i + n <= s.n; i++)
		if (memcmp(s.p + i, lit, n) == 0)
			return 1;
	return 0;
}

/* Does s start with lit? */
static int
starts(Str s, const char *lit)
{
	size_t n = strlen(lit);

	return s.n >= n && memcmp(s.p, lit, n) == 0;
}

static int
ends(Str s, const char *lit)
{
	size_t n = strlen(lit);

	return s.n >= n && memcmp(s.p + s.n - n, lit, n) == 0;
}

enum { NEGNEXT = 2 };	/* negated by the next eojeol's verb */

/* The eojeol (word between spaces) at or after s[b], at most 64 bytes. */
static Str
eojeol(Str s, size_t b)
{
	size_t e;

	while (b < s.n && s.p[b] == ' ')
		b++;
	for (e = b; e < s.n && e - b < 64 && s.p[e] != ' '; e++)
		;
	return (Str){ s.p + b, e - b };
}

/* Does w end in a Hangul syllable with the final consonant ㄴ, a verb's
   form before a noun (합의한, 결정된, 약속했던, 받아들인)? */
static int
modifier(Str w)
{
	long c;

	return w.n >= 3 && utf8dec((const unsigned char *)w.p + w.n - 3, 3,
	    &c) == 3 && c >= 0xAC00 && c <= 0xD7A3 && (c - 0xAC00) % 28 == 4;
}

/* Does w end in a Hangul syllable with the final consonant ㄹ, a verb's
   form before a noun of what is to come (수용할, 용인할, 합의될)? */
static int
modfuture(Str w)
{
	long c;

	return w.n >= 3 && utf8dec((const unsigned char *)w.p + w.n - 3, 3,
	    &c) == 3 && c >= 0xAC00 && c <= 0xD7A3 && (c - 0xAC00) % 28 == 8;
}

/*
 * Is the eojeol w the noun 바 or 적 of a denied experience, "never done"
 * (합의한 바 없다, 약속한 적이 없다, 결정된 바가 아직 없다), the
 * eojeols after it read from s[b]?  Not 합의한 바 있다, nor 합의한 바에
 * 따라 (as agreed).
 */
static int
neverdone(Str s, Str w)
{
	static const char *noun[] = {
		"바", "바가", "바는", "바도", "적", "적이", "적은", "적도",
	};
	/* adverbs between: 전혀, 아직, 결코, 한 번도, 지금까지 */
	static const char *adv[] = {
		"전혀", "아직", "아직까지", "아직은", "결코", "한", "번도",
		"한번도", "지금까지", "여태", "여태껏", "일절",
	};
	size_t i, k, b = (size_t)(w.p - s.p) + w.n;
	Str v;

	for (i = 0; i < NELEM(noun) && !streqlit(w, noun[i]); i++)
		;
	if (i == NELEM(noun))
		return 0;
	for (k = 0; k < 3; k++) {
		v = eojeol(s, b);
		if (starts(v, "없"))
			return 1;
		for (i = 0; i < NELEM(adv) && !streqlit(v, adv[i]); i++)
			;
		if (i == NELEM(adv))
			return 0;
		b = (size_t)(v.p - s.p) + v.n;
	}
	return 0;
}

/*
 * Is the eojeol w, starting with 파기, the scrapping done (파기했다,
 * 파기한다, 파기됐다, 파기하였다) or named (공약 파기 논란), the eojeol
 * after it starting a?  Not one to come or kept from: 파기할 경우,
 * 파기하면, 파기한다면, 파기 시, 파기를 막기 위해, 파기에 반대, 파기
 * 우려.
 */
static int
scrapped(Str w, Str a)
{
	static const char *done[] = {
		"했", "하였", "한다", "됐", "되었", "된다",
	};
	static const char *particle[] = {
		"", "가", "는", "를", "도", "로", "와", "의", "에",
	};
	static const char *notyet[] = {
		"막", "반대", "우려", "경우", "시", "위협", "가능",
	};
	Str v = { w.p + 6, w.n - 6 };	/* past 파기 */
	size_t i;

	if (has(v, "면"))
		return 0;
	for (i = 0; i < NELEM(done); i++)
		if (starts(v, done[i]))
			return 1;
	for (i = 0; i < NELEM(particle) && !streqlit(v, particle[i]); i++)
		;
	if (i == NELEM(particle))
		return 0;
	for (i = 0; i < NELEM(notyet); i++)
		if (starts(a, notyet[i]))
			return 0;
	return 1;
}

/*
 * Is the Korean stance word ending at s[end] negated?  In Korean the cue
 * follows the verb, in the rest of its eojeol (word between spaces) or
 * at the start of the next: 용납하지 않을 것, 합의하지 못했다, 합의 안
 * 했다, 합의없이.  "~하지 않을 수 없다" (cannot but) is no negation.
 * NEGNEXT if a noun is negated by the verb of the next eojeol (합의에
 * 이르지 못했다), which starts at *nx.
 */
static int
negkorean(Str s, size_t end, size_t *nx)
{
	Str rest, whole, next, after, wide, clause;
	size_t e = end, b, k;

	/* the eojeol the match ends in, past its stem of two syllables (a
	   `*' pattern's match runs to the end of the eojeol) */
	/* eojeols of more than 64 bytes are read in part: no quadratic
	   work on text without spaces */
	for (b = end; b > 0 && end - b < 64 && s.p[b - 1] != ' '; b--)
		;
	whole = (Str){ s.p + b, end - b };
	for (k = 0; k < 2 && ishangul((const unsigned char *)s.p + b, end - b); k++)
		b += 3;
	while (e < s.n && e - end < 64 && s.p[e] != ' ')
		e++;
	rest = (Str){ s.p + b, e - b };
	wide = (Str){ s.p + b, s.n - b < 64 ? s.n - b : 64 };
	for (b = e; b < s.n && s.p[b] == ' '; b++)
		;
	for (e = b; e < s.n && e - b < 64 && s.p[e] != ' '; e++)
		;
	next = (Str){ s.p + b, e - b };
	*nx = b;
	for (b = e; b < s.n && s.p[b] == ' '; b++)
		;
	after = (Str){ s.p + b, s.n - b < 8 ? s.n - b : 8 };
	if (has(wide, "않을 수 없") || has(wide, "않을 수가 없") ||
	    has(wide, "않으면 안"))
		return 0;
	/* the decision itself denied: 하기로 한 것은 아니라고, 합의한
	   것이 아니다 (a verb's form before 것, then 아니); not 합의한
	   것이 아니라 실행했다 (not only ... but) */
	if ((rest.n > 0 ? modifier(rest) : whole.n <= 6 && modifier(whole)) &&
	    (streqlit(next, "것은") || streqlit(next, "것이")) &&
	    (starts(after, "아니") || starts(after, "아닙"))) {
		Str v = eojeol(s, (size_t)(next.p - s.p) + next.n);

		if (!streqlit(v, "아니라"))
			return 1;
	}
	/* not a matter to do: 섣불리 수용할 사안이 아니다, 용납할 일이
	   아니다, 합의할 문제가 아니다 (a verb's form before the noun,
	   then 아니); 수용할 사안이 아니라 협상할 사안이다 too, "not a
	   matter to accept but to negotiate" (revt4) */
	if ((rest.n > 0 ? modifier(rest) || modfuture(rest) :
	    whole.n <= 6 && (modifier(whole) || modfuture(whole))) &&
	    (streqlit(next, "사안이") || streqlit(next, "사안은") ||
	    streqlit(next, "일이") || streqlit(next, "일은") ||
	    streqlit(next, "문제가") || streqlit(next, "문제는")) &&
	    (starts(after, "아니") || starts(after, "아닙")))
		return 1;
	/* the negation itself denied: 합의가 무산된 것은 아니다, 합의하지
	   못한 것이 아니라 */
	for (k = 0; k < wide.n && wide.p[k] != '.' && wide.p[k] != ','; k++)
		;
	clause = (Str){ wide.p, k };	/* (to its sentence's end or comma) */
	if (has(clause, "것은 아니") || has(clause, "것이 아니") ||
	    has(clause, "게 아니") || has(clause, "것은 아닙") ||
	    has(clause, "것이 아닙") || has(clause, "게 아닙"))
		return 0;
	if (has(rest, "않") || has(rest, "못") || has(rest, "없") ||
	    has(rest, "아니"))
		return 1;
	/* never done: 합의한 바 없다, 약속한 적이 없다, 결정된 바 없다; a
	   noun with its light verb, 약속을 한 적이 없다, 합의가 된 바 없다
	   (not 공약이 흔들린 적 없다, never wavered); a pattern that ends
	   in the short verb itself, 하기로 한 바 없다, has no stem to pass */
	if ((rest.n > 0 ? modifier(rest) : whole.n <= 6 && modifier(whole)) &&
	    neverdone(s, next))
		return 1;
	if ((ends(rest, "을") || ends(rest, "를") || ends(rest, "이") ||
	    ends(rest, "가")) && (streqlit(next, "한") ||
	    streqlit(next, "된") || streqlit(next, "했던") ||
	    streqlit(next, "하였던") || streqlit(next, "됐던") ||
	    streqlit(next, "되었던")) &&
	    neverdone(s, eojeol(s, (size_t)(next.p - s.p) + next.n)))
		return NEGNEXT;
	/* 용납할 수 없다: cannot */
	if ((streqlit(next, "수") || streqlit(next, "수가") ||
	    streqlit(next, "수는")) && starts(after, "없"))
		return 1;
	/* a verb joined to the next clause (재확인하고, 하며, 하면서) is not
	   negated by its first word: 재확인하고 없어서는 안 될 */
	if (ends(rest, "고") || ends(rest, "며") || ends(rest, "면서"))
		return 0;
	/* the next word's verb negated or failing: 합의에 이르지 못했다,
	   합의는 이뤄지지 않았다, 공약을 재확인하지 않았다, 합의에
	   실패했다, 공약을 철회했다, 합의가 무산되었다, 불발됐다, 결정을
	   보류했다, 합의를 미뤘다, 합의를 파기했다 (and the noun, 공약
	   파기) */
	if (starts(next, "실패") || starts(next, "철회") ||
	    starts(next, "무산") || starts(next, "결렬") ||
	    starts(next, "불발") || starts(next, "보류") ||
	    starts(next, "포기") ||
	    starts(next, "미루") || starts(next, "미뤄") || starts(next, "미뤘"))
		/* the failing verb itself negated: 공약을 철회하지
		   않았다, 합의가 무산되지 않았다 */
		return ends(next, "지") && (starts(after, "않") ||
		    starts(after, "못")) ? 0 : NEGNEXT;
	if (starts(next, "파기"))
		return scrapped(next, after) ? NEGNEXT : 0;
	if (ends(next, "지") && (starts(after, "않") || starts(after, "못")))
		return NEGNEXT;
	/* 말 only after ~지 (하지 말라, 말아야): 했다고 말했다 is a report */
	return starts(next, "않") || starts(next, "못") || starts(next, "없") ||
	    starts(next, "아니") || (ends(rest, "지") && starts(next, "말")) ||
	    (starts(next, "안") && (next.n == 3 || !ishangul(
	    (const unsigned char *)next.p + 3, next.n - 3)));
}

/*
 * The word that starts at or after s[*i], past spaces: its view in *w,
 * *i moved past it.  A hyphen between letters (long-standing) and a
 * comma between digits (28,500) are in the word.  Return 0 at
 * punctuation or the end of s.
 */
static int
wordfwd(Str s, size_t *i, Str *w)
{
	const unsigned char *p = (const unsigned char *)s.p;
	size_t b = *i, e;

	while (b < s.n && p[b] == ' ')
		b++;
	for (e = b; e < s.n; e++)
		if (p[e] == 0xE2 && !isapos(p, e, s.n))
			break;
		else if (iswordbyte(p[e]))
			continue;
		else if (e > b && e + 1 < s.n && ((p[e] == '-' &&
		    asciiletter(p[e - 1]) && asciiletter(p[e + 1])) ||
		    (p[e] == ',' && p[e - 1] >= '0' && p[e - 1] <= '9' &&
		    p[e + 1] >= '0' && p[e + 1] <= '9')))
			continue;
		else
			break;
	if (e == b)
		return 0;
	*w = (Str){ s.p + b, e - b };
	*i = e;
	return 1;
}

/* Words before a stance word that make it a forecast, not a stance
   taken: "might agree", "will probably agree"; and those that do before
   "to" only: "are expected to reaffirm", "is likely to accept" (not "as
   expected"). */
static const char *unrealword[] = {
	"might", "probably",
};
static const char *unrealto[] = {
	"expected", "predicted", "forecast", "likely",
};

enum { CONDBACK = 1000 };	/* bytes looked at for an "if" before a word */

/* Words after a comma that open an aside in a clause, which goes on
   after it ("if the allies, after months of debate, agree"). */
static const char *asideword[] = {
	"after", "before", "as", "at", "by", "in", "on", "with",
	"without", "despite", "for", "from", "however", "though", "although",
	"according", "including", "like", "which", "who", "whose", "whom",
	"perhaps", "possibly", "apparently", "reportedly", "once",
};

static int
capital(Str w)
{
	return w.n > 0 && w.p[0] >= 'A' && w.p[0] <= 'Z';
}

/*
 * Does the clause of "if", "whether" or an opening "Should" that ends at
 * s[i] (its word) go on to s[off], or does a comma close it first ("If
 * North Korea tests, the allies will not tolerate it")?  A comma right
 * after the word (or "whether or not") opens an aside, the clause goes
 * on after the next ("if, as expected, the allies agree"); one between
 * two capitalised words is a list's ("if the U.S., Japan and Korea
 * agree"), and so is one before "and" or "or"; one before a word of
 * asideword opens an aside, up to the next comma.  A semicolon closes
 * it.
 */
/* Does a list go on from s[e] to an "and" or "or" before the next
   comma or off ("if the U.S., Japan and Korea agree"; not "whether the
   U.S. would keep troops in Korea, Hegseth reaffirmed")? */
static int
listgoes(Str s, size_t e, size_t off)
{
	size_t k;

	for (k = e; k + 4 < off && s.p[k] != ','; k++)
		if (s.p[k] == ' ' && ((s.p[k + 1] == 'a' && s.p[k + 2] == 'n' &&
		    s.p[k + 3] == 'd' && s.p[k + 4] == ' ') || (s.p[k + 1] == 'o' &&
		    s.p[k + 2] == 'r' && s.p[k + 3] == ' ')))
			return 1;
	return 0;
}

/* The end of the word that starts at s[b], as read: its invisible
   characters and a typographic apostrophe in it (wordback's word, which
   may leave them out, is shorter). */
static size_t
wordend(Str s, size_t b)
{
	const unsigned char *p = (const unsigned char *)s.p;

	for (; b < s.n && iswordbyte(p[b]); b++)
		if (p[b] == 0xE2 && !isapos(p, b, s.n) &&
		    invisible(p + b, s.n - b) == 0)
			break;
	return b;
}

/* The word after s[*i], past spaces, as wordback reads it (invisible
   characters left out): in *w, *i moved past it.  0 if none. */
static int
wordafter(Str s, size_t *i, Str *w)
{
	size_t b = *i, e;

	while (b < s.n && s.p[b] == ' ')
		b++;
	if ((e = wordend(s, b)) == b)
		return 0;
	*i = e;
	return wordback(s, &e, w);
}

/* Subjects after an inverted "should" ("should the talks fail"), and
   capitalised words there that are none: emphasis (should NOT), a
   news date's day (should Thursday). */
static const char *invsubj[] = {
	"the", "it", "they", "he", "she", "we",
};
static const char *notsubj[] = {
	"i", "not", "never", "also", "always", "now", "still", "only", "just",
	"instead", "rather", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday",
};
/* Words before "should" that make the inversion a prescription ("nor
   should it", "so should Washington", "only then should") or a
   question ("what should Seoul do"), no condition. */
static const char *invpre[] = {
	"nor", "neither", "so", "only", "then", "never", "rarely", "seldom",
	"what", "why", "how", "where", "when", "which", "who", "whom",
};

/*
 * Is w, at s[b], a "should" inverted to open a condition in the middle
 * of a sentence ("... bringing a brigade home should Seoul refuse to
 * accept", "should the talks fail")?  In small letters (a title's
 * "Should Agree" is none), with a subject after it: a capitalised
 * word, "the", a pronoun; a prescription has a verb or an adverb there
 * ("should continue", "should not").
 */
static int
invshould(Str s, size_t b, Str w)
{
	size_t i = wordend(s, b), k = b;
	Str a, p;

	if (w.n != 6 || memcmp(w.p, "should", 6) != 0 || !wordafter(s, &i, &a))
		return 0;
	if (!wordin(a, invsubj, NELEM(invsubj)) &&
	    !(capital(a) && !wordin(a, notsubj, NELEM(notsubj))))
		return 0;
	return !(wordback(s, &k, &p) && wordin(p, invpre, NELEM(invpre)));
}

/* Words before "that" whose clause is foreseen or wished, as after
   "expected to": no stance is taken in it. */
static const char *hopeword[] = {
	"expect", "expects", "expected", "expecting", "expectation",
	"expectations", "hope", "hopes", "hoped", "hoping",
};

/* Is w, at s[b], the "that" of an expectation or a hope ("in full
   expectation that it should continue", "hope that the North will
   accept")? */
static int
hopethat(Str s, size_t b, Str w)
{
	size_t k = b;
	Str p;

	return wordin(w, (const char *[]){ "that" }, 1) &&
	    wordback(s, &k, &p) && wordin(p, hopeword, NELEM(hopeword));
}

/* Does the clause that opens at s[i] in the middle of a sentence (an
   inverted "should", a hope's "that") go on to s[off]: no comma or
   semicolon between?  What follows such a clause's comma is its
   sentence's again ("hope that talks resume, and agreed to meet"). */
static int
midreach(Str s, size_t i, size_t off)
{
	size_t j;
	Str w;

	for (; i < off; i++) {
		if (s.p[i] == ',' || s.p[i] == ';')
			return 0;
		/* nor past "and" or "while" and a verb in the past or in
		   -ing, the sentence's own again ("hope that talks would
		   resume and strongly condemned the launch") */
		j = i;
		if (s.p[i] != ' ' || !wordafter(s, &j, &w) ||
		    !wordin(w, (const char *[]){ "and", "but", "while",
		    "whereas" }, 4))
			continue;
		if (!wordafter(s, &j, &w))
			continue;
		if (w.n > 4 && memcmp(w.p + w.n - 2, "ly", 2) == 0 && j < off &&
		    !wordafter(s, &j, &w))
			continue;	/* (an adverb) */
		if ((size_t)(w.p - s.p) <= off && w.n >= 5 &&
		    (memcmp(w.p + w.n - 2, "ed", 2) == 0 ||
		    memcmp(w.p + w.n - 3, "ing", 3) == 0))
			return 0;
	}
	return 1;
}

static int
condreach(Str s, size_t i, size_t off)
{
	char *p = s.p;
	size_t j, e;
	Str a, b;

	while (i < off && p[i] == ' ')
		i++;
	if (i + 6 <= off && memcmp(p + i, "or not", 6) == 0)
		for (i += 6; i < off && p[i] == ' '; i++)
			;
	if (i < off && p[i] == ',') {
		for (i++; i < off && p[i] != ','; i++)
			;
		if (i >= off)
			return 1;	/* in the aside */
		i++;
	}
	for (j = i; j < off; j++) {
		if (p[j] == ';')
			return 0;
		if (p[j] != ',' || p[j + 1] != ' ')
			continue;	/* (28,500) */
		for (e = j; e > 0 && p[e - 1] != ' '; e--)
			;
		a = (Str){ p + e, j - e };	/* (U.S.) */
		for (e = j + 1; e < off && p[e] == ' '; e++)
			;
		b = (Str){ p + e, 0 };
		while (b.n < off - e && iswordbyte((unsigned char)b.p[b.n]))
			b.n++;
		if (wordin(b, (const char *[]){ "and", "or" }, 2) ||
		    (capital(a) && capital(b) && listgoes(s, e, off)))
			continue;
		if (!wordin(b, asideword, NELEM(asideword)))
			return 0;
		/* an aside: the clause goes on after its closing comma, unless
		   a subject opens there ("If they provoke again, as they did
		   in 2010, the allies will condemn it") */
		for (j = e; j < off && p[j] != ','; j++)
			;
		for (e = j + 1; e < off && p[e] == ' '; e++)
			;
		b = (Str){ p + e, 0 };
		while (b.n < off - e && iswordbyte((unsigned char)b.p[b.n]))
			b.n++;
		if (j < off && (capital(b) || wordin(b, (const char *[]){ "the",
		    "they", "we", "it", "he", "she", "both", "its", "their" }, 9)))
			return 0;
	}
	return 1;
}

/* Does a word that opens like "if", "whether" or "should" (any case),
   or the "that" of a hope, stand in s[lim, off), back to its sentence's
   start?  A quick look, most sentences have none. */
static int
condword(Str s, size_t lim, size_t off)
{
	const unsigned char *p = (const unsigned char *)s.p;
	size_t k;
	int c;

	for (k = off; k > lim; k--) {
		c = p[k - 1] | 0x20;
		if (k < off && p[k] == ' ' && (p[k - 1] == '!' ||
		    p[k - 1] == '?' || (p[k - 1] == '.' && k >= 2 &&
		    p[k - 2] >= 'a' && p[k - 2] <= 'z')))
			return 0;	/* (the sentence before) */
		if ((p[k - 1] == 0xC2 || p[k - 1] == 0xE2 || p[k - 1] == 0xEF) &&
		    invisible(p + k - 1, off - k + 1) > 0)
			return 1;	/* (a word it hides in: the loop reads it) */
		if ((c != 'i' && c != 'w' && c != 's' && c != 't') ||
		    k + 1 > off || (k >= 2 && asciiletter(p[k - 2])))
			continue;
		if ((c == 'i' && (p[k] | 0x20) == 'f') || (k + 2 <= off &&
		    (p[k] | 0x20) == 'h' && ((c == 'w' &&
		    (p[k + 1] | 0x20) == 'e') || (c == 's' &&
		    (p[k + 1] | 0x20) == 'o'))))
			return 1;
		if (c == 't' && k + 4 <= off && (p[k] | 0x20) == 'h' &&
		    (p[k + 1] | 0x20) == 'a' && (p[k + 2] | 0x20) == 't' &&
		    !iswordbyte(p[k + 3]) &&
		    hopethat(s, k - 1, (Str){ s.p + k - 1, 4 }))
			return 1;
	}
	return 0;
}

/*
 * Is the stance word at s[off..off+len) in a condition or an indirect
 * question: after "if" or "whether" in their own clause ("If the allies
 * agree, drills will grow", "unclear whether the U.S. will commit"),
 * however long it is, or in the clause of a sentence that opens with
 * "Should" ("Should the talks fail, ...": a condition, no
 * prescription) or of an inverted "should" inside one ("... home
 * should Seoul refuse to accept")?  Or in the clause of an expectation
 * or a hope ("in full expectation that it should continue"), foreseen
 * or wished as after "expected to"?  Not in the clause after theirs
 * ("If North Korea tests, the allies will not tolerate it").
 */
static int
conditional(Str s, size_t off, size_t len)
{
	size_t k = off, lim = off > CONDBACK ? off - CONDBACK : 0, b;
	Str w, first = { s.p + off, len };

	b = off + len;
	if (len >= 6 && s.p[off] == 's' && wordback(s, &b, &w) && b == off &&
	    invshould(s, off, w))
		return 1;	/* the "should" of the condition itself */
	if (!condword(s, lim, off) &&
	    !wordin(first, (const char *[]){ "should" }, 1))
		return 0;
	while (k > lim) {
		b = k;
		if (wordback(s, &b, &w)) {
			if (wordin(w, (const char *[]){ "if", "whether" }, 2))
				return condreach(s, b + w.n, off);
			if (invshould(s, b, w) || hopethat(s, b, w))
				return midreach(s, wordend(s, b), off);
			first = w;
			k = b;
			continue;
		}
		while (k > 0 && s.p[k - 1] == ' ')
			k--;
		if (k == 0)
			break;
		/* a sentence's end: ! ? or a full stop after a small
		   letter (not U.S.), then a space; a semicolon */
		if (s.p[k - 1] == ';' || (k < off && s.p[k] == ' ' &&
		    (s.p[k - 1] == '!' || s.p[k - 1] == '?' ||
		    (s.p[k - 1] == '.' && k >= 2 && s.p[k - 2] >= 'a' &&
		    s.p[k - 2] <= 'z'))))
			break;
		k--;
		while (k > 0 && ((unsigned char)s.p[k] & 0xC0) == 0x80)
			k--;	/* (a character of more bytes: a dash, a quote) */
	}
	if (k > lim && s.p[k - 1] == ';')
		return 0;
	/* the sentence's first word: "Should the transition slip again,
	   Seoul would face higher costs" */
	if ((k == 0 || k > lim) && wordin(first, (const char *[]){ "should" }, 1))
		return condreach(s, (size_t)(first.p - s.p) + first.n, off);
	return 0;
}

/* Does the eojeol w end, before a comma, in the ending of a concession,
   -더라도 or -지라도 ("even if": 나오더라도, 수용할지라도)? */
static int
concession(Str w)
{
	if (w.n > 0 && w.p[w.n - 1] == ',')
		w.n--;
	return ends(w, "더라도") || ends(w, "지라도");
}

/*
 * Is the stance word at s[off..off+len) asked or foreseen, not taken?
 * Its sentence ends in a question mark ("Will Washington reaffirm ...?",
 * "... 공약을 지킬 것인가?"), a word of unrealword stands before it in its
 * clause, or a Korean forecast follows it (재확인할 것으로 예상된다).
 */
static int
unreal(Str s, size_t off, size_t len)
{
	size_t e = off + len, k, nw, b = off > 80 ? off - 80 : 0;
	Str w, next, win = { s.p + b, off - b };
	const char *q;
	int comma;

	/* a question mark ends its sentence: the first after it, with no
	   full stop, no ! and no line's end between (most text has none) */
	if ((q = memchr(s.p + e, '?', s.n - e)) != NULL &&
	    memchr(s.p + e, '.', (size_t)(q - s.p) - e) == NULL &&
	    memchr(s.p + e, '!', (size_t)(q - s.p) - e) == NULL &&
	    memchr(s.p + e, '\n', (size_t)(q - s.p) - e) == NULL)
		return 1;
	/* 재확인할 것으로 예상된다, 수용하지 않을 것으로 보인다 (보이며,
	   보여, 보입니다; not 것으로 보도됐다, a report) */
	next = (Str){ s.p + e, s.n - e < 48 ? s.n - e : 48 };
	if ((strhas(next, "것으로 ") && (strhas(next, "것으로 예상") ||
	    strhas(next, "것으로 전망") || strhas(next, "것으로 관측") ||
	    strhas(next, "것으로 보이") || strhas(next, "것으로 보인") ||
	    strhas(next, "것으로 보여") || strhas(next, "것으로 보입"))) ||
	    strhas(next, "지 주목") || strhas(next, "지 관심"))
		return 1;
	if (conditional(s, off, len))
		return 1;
	/* a Korean condition: 용인할 경우, 합의할 경우에는, 수용한
	   경우 (a verb's form before 경우); not 공약을 파기할 경우, whose
	   stance word is a noun */
	if (e >= 3 && (unsigned char)s.p[e - 1] >= 0x80) {
		size_t b, x;
		Str w;

		for (b = e; b > 0 && e - b < 64 && s.p[b - 1] != ' '; b--)
			;
		for (x = e; x < s.n && x - b < 64 && s.p[x] != ' '; x++)
			;
		w = (Str){ s.p + b, x - b };
		if (x - b > 6 && (modifier(w) || modfuture(w)) &&
		    starts(eojeol(s, x), "경우"))
			return 1;
		/* a concession, granted, not taken: 합의하더라도, 수용할지라도,
		   and a noun, the subject of the next verb that is one (합의가
		   나오더라도, 합의에 이르더라도); not its object (요구를
		   수용하더라도: the demand was made), nor past the end of its
		   clause (합의했다. 그렇더라도) */
		if (concession(w))
			return 1;
		if ((ends(w, "가") || ends(w, "이") || ends(w, "은") ||
		    ends(w, "는") || ends(w, "도") || ends(w, "에")) &&
		    concession(eojeol(s, x)))
			return 1;
		/* and its object before the light verb, which makes the
		   noun the verb (요구를 하더라도 is 요구하더라도) */
		if ((ends(w, "를") || ends(w, "을")) &&
		    concession(next = eojeol(s, x)) && (starts(next, "하") ||
		    starts(next, "할") || starts(next, "했")))
			return 1;
	}
	/* the words before it; most text has none of theirs */
	if (!strhas(win, "xpected") && !strhas(win, "ight") &&
	    !strhas(win, "redicted") && !strhas(win, "orecast") &&
	    !strhas(win, "ikely") && !strhas(win, "robably"))
		return 0;
	/* back to the sentence's start (a full stop after a small letter,
	   not U.S.) or 80 bytes, word by word */
	for (k = off, nw = 0, comma = 0; k > 0 && off - k < 80 && nw < NEGBACK; ) {
		if (k >= 3 && (s.p[k - 1] == ' ' || s.p[k - 1] == '\n') &&
		    strchr(".!?", s.p[k - 2]) != NULL &&
		    s.p[k - 3] >= 'a' && s.p[k - 3] <= 'z')
			break;
		if (!wordback(s, &k, &w)) {
			while (k > 0 && s.p[k - 1] == ' ')
				k--;
			if (k == 0 || strchr(".,'\"", s.p[k - 1]) == NULL)
				break;
			comma |= s.p[k - 1] == ',';
			k--;	/* (the dots of U.S., a comma: the clause goes on) */
			continue;
		}
		nw++;
		/* "likely to" and "probably" foresee their own verb only:
		   "likely to (strongly) agree", not "likely to agree and did
		   agree", "who probably knows ..., reaffirmed" */
		if (wordin(w, unrealword, NELEM(unrealword)) &&
		    !(streqlit(w, "probably") && comma))
			return 1;
		if (wordin(w, unrealto, NELEM(unrealto)) && nw <= 4 &&
		    w.p + w.n + 4 <= s.p + s.n &&
		    memcmp(w.p + w.n, " to ", 4) == 0)
			return 1;
		comma |= wordin(w, clauseend, NELEM(clauseend));
	}
	return 0;
}

/* Verbs that ask something of others: a stance word in their "to"
   ("urged the Council to condemn", "a call for Beijing not to accept")
   is what is asked, no stance taken. */
static const char *askword[] = {
	"urge", "urged", "urges", "urging", "ask", "asked", "asks", "asking", "demand", "demanded",
	"demands", "demanding", "appeal", "appealed", "appeals",
	"encourage", "encouraged", "encourages", "encouraging", "request",
	"requested", "requests", "requesting",
};
/* Adjectives right before "to" ("it is encouraging to welcome"): they
   ask only past their object ("encouraging Seoul to"). */
static const char *adjask[] = {
	"encouraging", "demanding",
};
/* ... and those that need their object first ("pressed Seoul to agree",
   not "pressed to agree"). */
static const char *pressword[] = {
	"press", "pressed", "presses", "pressing",
};
/* ... and those that ask only with on, upon or for ("called on Seoul
   to", "called for Beijing to"), or as the noun right before the "to"
   ("calls to condemn"): "called his counterpart to condemn the launch"
   is a telephone call, the condemnation the caller's. */
static const char *callword[] = {
	"call", "calls", "called", "calling",
};
static const char *callprep[] = {
	"on", "upon", "for",
};

/* A call heeded is taken up: "answered the call to reaffirm", "heeded
   calls to condemn". */
static const char *heedword[] = {
	"answer", "answered", "answers", "answering", "heed", "heeded",
	"heeds", "heeding",
};
static const char *calldet[] = {
	"the", "a", "this", "that", "these", "those", "its", "their", "his",
	"her", "our",
};

/* Is the noun call ending the text before s[k] heeded (a determiner
   between)? */
static int
heeded(Str s, size_t k)
{
	Str w;
	int i;

	for (i = 0; i < 2 && wordback(s, &k, &w); i++) {
		if (wordin(w, heedword, NELEM(heedword)))
			return 1;
		if (!wordin(w, calldet, NELEM(calldet)))
			return 0;
	}
	return 0;
}

/*
 * Is the stance word at s[off] asked of others: "to" right before it,
 * and a word of askword (or of pressword, past its object) before that
 * in its clause, at most NEGBACK words back ("called on the
 * international community to condemn")?
 */
static int
asked(Str s, size_t off)
{
	size_t k, nw;
	Str w, prev = { 0 };

	if (off < 4 || memcmp(s.p + off - 3, "to ", 3) != 0 ||
	    iswordbyte((unsigned char)s.p[off - 4]))
		return 0;
	for (k = off - 3, nw = 0; nw < NEGBACK && k > 0 && off - k < 120; ) {
		if (!wordback(s, &k, &w)) {
			/* the dots of U.N. go on; a full stop (after a small
			   letter) or other punctuation ends the clause */
			while (k > 0 && s.p[k - 1] == ' ')
				k--;
			if (k < 2 || s.p[k - 1] != '.' ||
			    (s.p[k - 2] >= 'a' && s.p[k - 2] <= 'z'))
				return 0;
			k--;
			continue;
		}
		nw++;
		if ((wordin(w, askword, NELEM(askword)) &&
		    (nw > 1 || !wordin(w, adjask, NELEM(adjask)))) ||
		    (nw > 1 && wordin(w, pressword, NELEM(pressword))))
			return 1;
		if (wordin(w, callword, NELEM(callword))) {
			if (wordin(prev, callprep, NELEM(callprep)))
				return 1;
			return nw == 1 && !heeded(s, k);
		}
		prev = w;
		/* "urged Pyongyang to drop it and to accept talks": an "and
		   to" goes on with the same demand */
		if (wordin(w, clauseend, NELEM(clauseend)) &&
		    !((streqlit(w, "and") || streqlit(w, "or")) &&
		    w.p + w.n + 4 <= s.p + s.n &&
		    memcmp(w.p + w.n, " to ", 4) == 0))
			return 0;
	}
	return 0;
}

/* Verbs of removal after "was", "is gone": the stance word before them
   is taken back ("The pledge was dropped"). */
static const char *removed[] = {
	"dropped", "omitted", "removed", "gone", "deleted", "scrapped",
	"abandoned", "withdrawn", "rescinded", "retracted", "revoked",
	"excluded", "missing", "absent", "shelved", "ditched", "erased",
	"struck", "axed",
};
/* ... and those after "was not": "The pledge was not included". */
static const char *notincluded[] = {
	"included", "mentioned", "renewed", "repeated", "reaffirmed",
	"restated", "reiterated", "kept", "honored", "honoured",
};
static const char *beword[] = {
	"is", "was", "are", "were", "has", "have", "had", "will", "would",
	"been", "be", "being", "now", "also", "later", "since", "then",
	"quietly", "simply", "apparently", "reportedly", "effectively",
	"entirely", "completely", "largely", "already",
};
/* Words that open a noun's complement: "the pledge to keep troops". */
static const char *complement[] = {
	"to", "of", "for", "on", "from", "in", "by", "with", "about",
};

/* After "no longer" ending at s[i]: "in doubt", "a secret", "disputed"
   (no removal)? */
static int
undoubted(Str s, size_t i)
{
	static const char *w[] = {
		"a", "an", "conditional", "questioned", "disputed",
		"controversial", "secret", "uncertain", "debated",
	};
	Str a, b;

	if (!wordfwd(s, &i, &a))
		return 0;
	if (wordin(a, w, NELEM(w)))
		return 1;
	return streqlit(a, "in") && wordfwd(s, &i, &b) &&
	    wordin(b, (const char *[]){ "doubt", "question", "dispute" }, 3);
}

/* Is "gone" ending at s[i] a removal: its clause ends, or "from", "for
   good" follow ("The pledge is gone.", not "has gone largely unnoticed")? */
static int
goneaway(Str s, size_t i)
{
	Str a;

	while (i < s.n && s.p[i] == ' ')
		i++;
	if (i >= s.n || strchr(".,;:!?)\"", s.p[i]) != NULL)
		return 1;
	return wordfwd(s, &i, &a) && wordin(a, (const char *[]){ "from", "for" }, 2);
}

/*
 * Is the English stance word that ends at s[e] the subject of its
 * removal, after it in its clause: "The pledge was dropped", "The troop
 * pledge is gone", "the pledge to keep 28,500 troops was quietly
 * omitted", "the pledge was not included"?  Not "was not dropped", nor
 * "the pledge came after a plan was dropped".
 */
static int
negafter(Str s, size_t e)
{
	size_t k, i = e;
	int neg = 0;
	Str w;

	if (!wordfwd(s, &i, &w))
		return 0;
	if (wordin(w, complement, NELEM(complement))) {
		/* the complement, up to the first form of "be" */
		for (k = 0; k < NEGBACK; k++) {
			if (!wordfwd(s, &i, &w) ||
			    wordin(w, clauseend, NELEM(clauseend)))
				return 0;
			if (wordin(w, beword, 9))
				break;
		}
		if (k == NEGBACK)
			return 0;
	}
	/* a form of "be" (or "has", "will"), adverbs, "not" */
	for (k = 0; k < 6; k++) {
		if (k > 0 && !wordfwd(s, &i, &w))
			return 0;
		if (k == 0 && !wordin(w, beword, 9))
			return 0;
		if (wordin(w, beword, NELEM(beword)))
			continue;
		if (negcue(w) || wordin(w, (const char *[]){ "no" }, 1)) {
			neg = 1;
			continue;
		}
		if (wordin(w, (const char *[]){ "longer" }, 1) && neg)
			return !undoubted(s, i);	/* is no longer (in doubt) */
		if (wordin(w, removed, NELEM(removed)))
			return !neg && (!streqlit(w, "gone") || goneaway(s, i));
		return neg && wordin(w, notincluded, NELEM(notincluded));
	}
	return 0;
}

/* Is the match at s[off..off+len) "should" or "must" right after
   "nor", a prohibition's second half that forbids as "should not" does:
   "should not exaggerate ... nor should they engage in provocations";
   or after "neither" and at most one word, "Neither side should" (revt6)? */
static int
norshould(Str s, size_t off, size_t len)
{
	static const char *nor[] = { "nor", "neither" };
	size_t k = off;
	Str w;

	if (!(len == 6 && memcmp(s.p + off, "should", 6) == 0) &&
	    !(len == 4 && memcmp(s.p + off, "must", 4) == 0))
		return 0;
	/* or a word after it: "Neither side should", "nor Seoul must" */
	return wordback(s, &k, &w) && (wordin(w, nor, NELEM(nor)) ||
	    (wordback(s, &k, &w) && wordin(w, nor, NELEM(nor))));
}

/* As negated, NEGNEXT if by the next eojeol's verb, which starts at *nx. */
static int
negation(Str s, size_t off, size_t len, size_t *nx)
{
	const unsigned char *p = (const unsigned char *)s.p;
	size_t k;

	/* the last character of the match decides the language */
	for (k = off + len; k > off && (p[k - 1] & 0xC0) == 0x80; k--)
		;
	if (k > off && ishangul(p + k - 1, off + len - (k - 1)))
		return negkorean(s, off + len, nx);
	return (!norshould(s, off, len) && negback(s, off)) ||
	    negafter(s, off + len);
}

int
negated(Str s, size_t off, size_t len)
{
	size_t nx;

	return negation(s, off, len, &nx) != 0;
}

/* The stance matches of a record, every one before any is dropped,
   sorted by their starts once it needs them: is the verb that negates a
   noun itself a stance word? */
typedef struct {
	size_t off;
	uint32_t tag;
} Start;
typedef struct {
	Lex *x;
	Start *st;
	size_t nst, cap;
	int sorted;
} Starts;

static int
bystart(const void *a, const void *b)
{
	const Start *p = a, *q = b;

	if (p->off != q->off)
		return p->off < q->off ? -1 : 1;
	return (p->tag > q->tag) - (p->tag < q->tag);
}

/* The name of stance tag t, without "stance:" and "not-". */
static Str
stancename(Str t)
{
	t.p += 7;
	t.n -= 7;
	if (t.n > 4 && memcmp(t.p, "not-", 4) == 0) {
		t.p += 4;
		t.n -= 4;
	}
	return t;
}

static int
isstance(Str t)
{
	return t.n > 7 && memcmp(t.p, "stance:", 7) == 0 &&
	    !(t.n == 8 && t.p[7] == '-');
}

/* Does a stance match of another name than tag t start at off?  Then
   the noun before it is its object, not what it negates: 요구를 수용하지
   않았다 (not 공약을 재확인하지 않았다). */
static int
otherstance(Starts *sa, size_t off, Str t)
{
	size_t lo = 0, hi, mid;
	Str a = stancename(t), b;

	if (!sa->sorted) {
		sa->sorted = 1;
		qsort(sa->st, sa->nst, sizeof(Start), bystart);
	}
	/* the first starting at off or after */
	for (hi = sa->nst; lo < hi;) {
		mid = lo + (hi - lo) / 2;
		if (sa->st[mid].off < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < sa->nst && sa->st[lo].off == off; lo++) {
		b = stancename(lextag(sa->x, sa->st[lo].tag));
		if (b.n != a.n || memcmp(a.p, b.p, a.n) != 0)
			return 1;
	}
	return 0;
}

/*
 * Is the place at s[off, end) a venue: after "in" or "at" (and "the"),
 * or joined by "and", "or" or a comma to a place before it that is one
 * ("in Seoul and Washington": up to four capitalised words, four places
 * back)?  Not when a compound or a possessive goes on from it ("in
 * ROK-U.S. talks", "in Seoul's view").
 */
/* The actors' matches by their ends, for the places of a list, made
   once a record needs them. */
typedef struct {
	size_t end, off;
} Span;
typedef struct {
	Lex *x;
	Match *m;
	size_t n;
	Span *sp;
	size_t nsp, cap;
	int made;
} Places;

static int
byend(const void *a, const void *b)
{
	const Span *p = a, *q = b;

	if (p->end != q->end)
		return p->end < q->end ? -1 : 1;
	return p->off < q->off ? -1 : p->off > q->off;
}

/* The start of the longest actor's match that ends at e, or (size_t)-1. */
static size_t
placeat(Places *pl, size_t e)
{
	size_t lo = 0, hi, mid, i;
	Str t;

	if (!pl->made) {
		pl->made = 1;
		pl->nsp = 0;
		for (i = 0; i < pl->n; i++) {
			t = lextag(pl->x, pl->m[i].tag);
			if (t.n > 6 && memcmp(t.p, "actor:", 6) == 0) {
				if (pl->nsp == pl->cap)
					egrow(&pl->sp, &pl->cap, pl->nsp + 1, sizeof(Span));
				pl->sp[pl->nsp].end = pl->m[i].off + pl->m[i].len;
				pl->sp[pl->nsp++].off = pl->m[i].off;
			}
		}
		qsort(pl->sp, pl->nsp, sizeof(Span), byend);
	}
	for (hi = pl->nsp; lo < hi;) {	/* the first span ending at e or after */
		mid = lo + (hi - lo) / 2;
		if (pl->sp[mid].end < e)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < pl->nsp && pl->sp[lo].end == e && pl->sp[lo].off < e ?
	    pl->sp[lo].off : (size_t)-1;
}

/* Is the place that ends at s[end] the owner of a will or an act
   named after it, an actor even after "in" or "at": "balked at U.S.
   demands", "a shift in U.S. policy", "at Chinese urging", past a word
   of its field ("a shift in U.S. defense policy", "a cut in American
   military presence", htag5); not "in South Korean waters", "in Seoul
   on Monday" (htag4), "in U.S. military hospitals"? */
static int
owner(Str s, size_t end)
{
	static const char *acts[] = {
		"demand", "demands", "request", "requests", "urging", "behest",
		"insistence", "invitation", "pressure", "policy", "policies",
		"strategy", "position", "thinking", "calculus", "presence",
		"posture", "commitment", "commitments",
	};
	static const char *field[] = {
		"military", "defense", "defence", "security", "foreign",
		"nuclear", "trade", "troop", "force",
	};
	size_t i = end;
	Str w;

	if (!wordafter(s, &i, &w))
		return 0;
	if (wordin(w, field, NELEM(field)) && !wordafter(s, &i, &w))
		return 0;
	return wordin(w, acts, NELEM(acts));
}

static int
venue(Places *pl, Str s, size_t off, size_t end, int depth)
{
	const unsigned char *p = (const unsigned char *)s.p;
	size_t e = off, k;
	Str w;

	if (end < s.n && (p[end] == '-' || p[end] == '\'' ||
	    (end + 2 < s.n && p[end] == 0xE2 && p[end + 1] == 0x80 &&
	    (p[end + 2] == 0x99 || (p[end + 2] >= 0x90 && p[end + 2] <= 0x95)))))
		return 0;
	if (!wordback(s, &e, &w)) {
		/* a comma between places: "in Seoul, Tokyo and Washington" */
		while (e > 0 && p[e - 1] == ' ')
			e--;
		if (e == 0 || p[e - 1] != ',')
			return 0;
		e--;
	} else if (wordin(w, (const char *[]){ "the" }, 1) && !wordback(s, &e, &w))
		return 0;
	else if (wordin(w, (const char *[]){ "in", "at" }, 2))
		return !owner(s, end);
	else if (!wordin(w, (const char *[]){ "and", "or" }, 2))
		return 0;
	if (depth >= 4)
		return 0;
	while (e > 0 && p[e - 1] == ' ')
		e--;
	/* the place before must be one the lexicon knows: not "At the
	   Security Consultative Meeting, South Korea and ..." */
	if ((k = placeat(pl, e)) == (size_t)-1)
		return 0;
	return venue(pl, s, k, e, depth + 1);
}

/* Is the next eojeol after s[i] (past the rest of this one) a meeting's
   verb: 열린, 열렸다, 개최, 진행, 회담, 만나, 만났다? */
static int
meetverb(Str s, size_t i)
{
	static const char *verbs[] = {
		"\xec\x97\xb4", "\xea\xb0\x9c\xec\xb5\x9c",	/* 열 개최 */
		"\xec\xa7\x84\xed\x96\x89", "\xed\x9a\x8c\xeb\x8b\xb4",	/* 진행 회담 */
		"\xeb\xa7\x8c\xeb\x82\x98", "\xeb\xa7\x8c\xeb\x82\xac",	/* 만나 만났 */
		"\xec\x84\x9c\xeb\xaa\x85",				/* 서명 */
	};
	size_t k;

	while (i < s.n && s.p[i] != ' ')
		i++;
	while (i < s.n && s.p[i] == ' ')
		i++;
	for (k = 0; k < NELEM(verbs); k++)
		if (i + strlen(verbs[k]) <= s.n &&
		    memcmp(s.p + i, verbs[k], strlen(verbs[k])) == 0)
			return 1;
	return 0;
}

/* Is the Korean place at s[off] a venue: a city's name right before
   에서 ("서울에서 개최되었다", "워싱턴 D.C.에서"), or a country's before a
   meeting's verb ("한국에서 열린")? */
static int
hgvenue(Str s, size_t off)
{
	enum { NCITY = 7 };
	static const char *places[] = {
		"\xec\x84\x9c\xec\x9a\xb8",			/* 서울 */
		"\xec\x9b\x8c\xec\x8b\xb1\xed\x84\xb4",		/* 워싱턴 */
		"\xeb\xb6\x80\xec\x82\xb0",			/* 부산 */
		"\xed\x8f\x89\xed\x83\x9d",			/* 평택 */
		"\xec\x9a\xa9\xec\x82\xb0",			/* 용산 */
		"\xed\x95\x98\xec\x99\x80이",		/* 하와이 */
		"\xea\xb4\x8c",				/* 괌 */
		/* the countries: NCITY on */
		"\xed\x95\x9c\xea\xb5\xad",			/* 한국 */
		"\xeb\xaf\xb8\xea\xb5\xad",			/* 미국 */
		"\xec\x9d\xbc\xeb\xb3\xb8",			/* 일본 */
	};
	size_t i, e;

	if (off >= s.n || (unsigned char)s.p[off] < 0xEA ||
	    (unsigned char)s.p[off] > 0xED)
		return 0;	/* (a Hangul place only) */
	for (i = 0; i < NELEM(places); i++) {
		e = off + strlen(places[i]);
		if (e > s.n || memcmp(s.p + off, places[i], e - off) != 0)
			continue;
		if (i == 1 && e + 5 <= s.n && memcmp(s.p + e, " D.C.", 5) == 0)
			e += 5;		/* 워싱턴 D.C.에서 */
		/* 에서, 에서는, 에서의: the match may hold it or not */
		if (e + 6 > s.n ||
		    memcmp(s.p + e, "\xec\x97\x90\xec\x84\x9c", 6) != 0)
			return 0;
		/* a country's name before 에서 is often who acts (미국에서
		   요구했다): a venue only before a meeting's verb */
		return i < NCITY || meetverb(s, e + 6) || (e + 9 <= s.n &&
		    memcmp(s.p + e + 6, "\xec\x9d\x98", 3) == 0);	/* 에서의 */
	}
	return 0;
}

/* The ASCII letters of s[b, e), folded, into buf (room for 16), the
   invisible characters in it left out; 0 if it holds anything else. */
static size_t
letters(Str s, size_t b, size_t e, char *buf)
{
	const unsigned char *p = (const unsigned char *)s.p;
	size_t n = 0, k;

	while (b < e) {
		if ((p[b] | 0x20) >= 'a' && (p[b] | 0x20) <= 'z' && n < 16) {
			buf[n++] = (char)(p[b++] | 0x20);
		} else if (p[b] >= 0x80 && (k = invisible(p + b, e - b)) > 0)
			b += k;
		else
			return 0;
	}
	return n;
}

/* Is the English stance word at s[off, off + len), in -ed or -ing, an
   adjective after a determiner or a degree word ("the agreed framework",
   "a more demanding debate"), no verb?  Invisible characters inside the
   words do not count. */
static int
adjective(Str s, size_t off, size_t len)
{
	static const char *det[] = {
		"the", "a", "an", "its", "their", "his", "her", "our",
		"more", "most", "less", "very", "increasingly",
	};
	enum { NARTICLE = 8 };	/* the articles and possessives first */
	const unsigned char *p = (const unsigned char *)s.p;
	char buf[16];
	size_t e = off + len, b, i, n;

	/* the ending: its last three letters, past invisible characters
	   (reaffirm\uFEFFed) */
	for (b = e, n = 0; b > off && n < 3;) {
		if ((p[b - 1] | 0x20) >= 'a' && (p[b - 1] | 0x20) <= 'z') {
			buf[2 - n++] = (char)(p[b - 1] | 0x20);
			b--;
		} else if (b - off >= 2 && invisible(p + b - 2, 2) == 2)
			b -= 2;
		else if (b - off >= 3 && invisible(p + b - 3, 3) == 3)
			b -= 3;
		else
			break;
	}
	if (n < 2 || !((buf[1] == 'e' && buf[2] == 'd') ||
	    (n == 3 && memcmp(buf, "ing", 3) == 0)))
		return 0;
	for (i = off; i < e; i++)
		if (p[i] == ' ' || p[i] == '-')
			return 0;	/* one word */
	/* the word before */
	for (e = off; e > 0 && p[e - 1] == ' '; e--)
		;
	for (b = e; b > 0 && p[b - 1] != ' '; b--)
		;
	if ((n = letters(s, b, e, buf)) == 0)
		return 0;
	for (i = 0; i < NELEM(det); i++)
		if (det[i][0] == buf[0] && strlen(det[i]) == n &&
		    memcmp(det[i], buf, n) == 0)
			break;
	if (i == NELEM(det))
		return 0;
	if (i < NARTICLE)
		return 1;
	/* a degree word after an article: "a more demanding debate", not
	   "more committed than ever" */
	for (e = b; e > 0 && p[e - 1] == ' '; e--)
		;
	for (b = e; b > 0 && p[b - 1] != ' '; b--)
		;
	n = letters(s, b, e, buf);
	return (n == 1 && buf[0] == 'a') || (n == 2 && memcmp(buf, "an", 2) == 0) ||
	    (n == 3 && memcmp(buf, "the", 3) == 0);
}

/* Is actor tag t a state the allies do not meet in, whose places are
   where it acts ("human rights in North Korea", "troops in Russia")? */
static int
hostile(Str t)
{
	return streqlit(t, "actor:dprk") || streqlit(t, "actor:russia") ||
	    streqlit(t, "actor:china");
}

/* Is s a place-date line ("Seoul, November 13, 2023", "2023년 11월 13일,
   서울")?  Its place is where, not who. */
static int
placedateline(Str s)
{
	if (s.n > 60 || s.n < 8)
		return 0;
	if (isdateline(s))
		return 1;
	/* Korean: a date of 년 월 일 and a place after a comma, no sentence */
	return memchr(s.p, ',', s.n) != NULL && s.p[s.n - 1] != '.' &&
	    strhas(s, "\xeb\x85\x84 ") && strhas(s, "\xec\x9b\x94 ") &&
	    strhas(s, "\xec\x9d\xbc");
}

/*
 * Is the actor match m of tag t the word "Allies" (capital A) anywhere
 * but first in a heading?  A headline's "Allies vow stronger deterrence"
 * are the ROK and the U.S. ("=Allies" in the lexicon); elsewhere
 * ("NATO Allies") they are anyone's.  Before it a heading may have
 * quotes and a bracketed slug: (LEAD), [Exclusive].
 */
static int
strayallies(const Lex *x, Str s, const Match *m, Str t)
{
	const unsigned char *p = (const unsigned char *)s.p;
	size_t i = 0;
	unsigned char close;

	if (m->len != 6 || memcmp(s.p + m->off, "Allies", 6) != 0 ||
	    !(streqlit(t, "actor:rok") || streqlit(t, "actor:us")))
		return 0;
	if (!x->heading)
		return 1;
	for (;;) {
		while (i < m->off && (p[i] == ' ' || p[i] == '"' || p[i] == '\''))
			i++;
		if (i + 3 <= m->off && p[i] == 0xE2 && p[i + 1] == 0x80 &&
		    (p[i + 2] == 0x9C || p[i + 2] == 0x98)) {
			i += 3;		/* an opening quote */
			continue;
		}
		if (i < m->off && (p[i] == '(' || p[i] == '[')) {
			close = p[i] == '(' ? ')' : ']';
			while (i < m->off && p[i] != close)
				i++;
			i++;
			continue;
		}
		break;
	}
	return i != m->off;
}

/* Does an actor's match other than of tag t (its namespace's hiding
   tag aside) end at e, or before a possessive ending there ("Japan's")? */
static int
otheractor(Places *pl, Str s, size_t e, Str t)
{
	size_t i;
	Str u;

	if (e >= 2 && (s.p[e - 1] == 's' || s.p[e - 1] == 'S') &&
	    s.p[e - 2] == '\'')
		e -= 2;
	else if (e >= 4 && (s.p[e - 1] | 0x20) == 's' &&
	    isapos((const unsigned char *)s.p, e - 4, s.n))
		e -= 4;
	for (i = 0; i < pl->n; i++) {
		if (pl->m[i].off + pl->m[i].len != e)
			continue;
		u = lextag(pl->x, pl->m[i].tag);
		if (u.n > 6 && memcmp(u.p, "actor:", 6) == 0 &&
		    !(u.n == 7 && u.p[6] == '-') &&
		    !(u.n == t.n && memcmp(u.p, t.p, t.n) == 0))
			return 1;
	}
	return 0;
}

/* Korean family names as English writes them, the North's too: "Secretary
   Kim", "Secretary Ri" are no U.S. Secretary. */
static const char *krname[] = {
	"kim", "lee", "park", "choi", "jung", "jeong", "chung", "kang", "cho",
	"yoon", "yun", "jang", "lim", "han", "oh", "seo", "suh", "shin",
	"kwon", "hwang", "ahn", "song", "hong", "yoo", "moon", "baek", "paik",
	"roh", "noh", "chun", "jeon", "ri", "choe", "pak", "ryu", "yang",
	"nam", "bae", "heo", "yu", "shim", "chae", "cha", "joo", "koo", "sohn",
	"byun", "kwak", "sung", "ko", "jo",
};
/* Titles before "Secretary" that make it someone else's: another
   state's, a party's, the UN's. */
static const char *secnot[] = {
	"foreign", "home", "cabinet", "press", "party", "general",
	"permanent", "chief", "executive", "parliamentary", "private",
	"first", "senior", "defence", "principal",
};
/* Capitalised words after "Secretary" that are no name. */
static const char *secnoname[] = {
	"general", "generals", "designate", "emeritus", "of", "for", "and",
	"the", "to", "in", "on", "at", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "january", "february",
	"march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december",
};
/* Office words between a state and its minister ("Japanese Defense
   Minister"), looked past. */
static const char *office[] = {
	"defense", "defence", "national", "vice", "deputy",
};

/*
 * Is actor match m (tag t) a title that names no one here?  "Secretary"
 * (=Secretary, actor:us) is the U.S. Secretary's before a capitalised
 * surname ("Secretary Perry"), not before "General", "of", a Korean
 * family name or a date, nor after another state's name or a title of
 * another office ("Cabinet Secretary", "Foreign Secretary").  A
 * "Minister" with a name (Minister Lee, actor:rok) is the ROK's, not
 * after "Foreign", "Prime", "Forces" or another state's name, past
 * office words ("North Korean Defense Minister Kim", "China's
 * Minister").
 */
static int
straytitle(Places *pl, Str s, const Match *m, Str t)
{
	size_t e, i;
	int sec;
	Str w;

	if (m->len < 9)
		return 0;
	if (m->len == 9 && s.p[m->off] == 'S' &&
	    memcmp(s.p + m->off, "Secretary", 9) == 0 && streqlit(t, "actor:us"))
		sec = 1;
	else if (m->len > 9 && (s.p[m->off] | 0x20) == 'm' &&
	    memcmp(s.p + m->off + 1, "inister ", 8) == 0 &&
	    streqlit(t, "actor:rok"))
		sec = 0;
	else
		return 0;
	i = m->off + m->len;
	if (sec && (i >= s.n || s.p[i] != ' ' || !wordfwd(s, &i, &w) ||
	    !capital(w) || w.n < 2 || !(w.p[1] >= 'a' && w.p[1] <= 'z') ||
	    wordin(w, secnoname, NELEM(secnoname)) ||
	    wordin(w, krname, NELEM(krname))))
		return 1;
	/* the words before: an office, another state (past office words
	   for a minister) */
	for (e = m->off, i = 0; i < 3; i++) {
		while (e > 0 && s.p[e - 1] == ' ')
			e--;
		if (otheractor(pl, s, e, t))
			return 1;
		if (!wordback(s, &e, &w))
			return 0;
		if (i == 0 && (sec ? wordin(w, secnot, NELEM(secnot)) :
		    wordin(w, (const char *[]){ "foreign", "prime", "forces" }, 3)))
			return 1;
		if (sec || !wordin(w, office, NELEM(office)))
			return 0;
	}
	return 0;
}

/*
 * Is the dialogue match ending at s[e] talks with a counterpart
 * ("talks with his U.S. counterpart", "with their counterparts"): the
 * ministers' own meeting, no dialogue?  Not with a counterpart of a
 * state the allies talk to as adversaries ("his North Korean
 * counterpart"): its actor's match between.
 */
static int
counterpart(Places *pl, Str s, size_t e)
{
	size_t i = e, k, j;
	Str w;

	if (!wordfwd(s, &i, &w) || !wordin(w, (const char *[]){ "with" }, 1))
		return 0;
	for (k = 0; k < 6; k++) {
		/* the periods of U.S. */
		while (i < s.n && s.p[i] == '.' && i > 0 && s.p[i - 1] >= 'A' &&
		    s.p[i - 1] <= 'Z')
			i++;
		if (!wordfwd(s, &i, &w) || wordin(w, clauseend, NELEM(clauseend)))
			return 0;
		if (wordin(w, (const char *[]){ "counterpart", "counterparts" }, 2))
			break;
	}
	if (k == 6)
		return 0;
	for (j = 0; j < pl->n; j++)
		if (pl->m[j].off >= e && pl->m[j].off < i &&
		    hostile(lextag(pl->x, pl->m[j].tag)))
			return 0;
	return 1;
}

/* Words of a match of theme:usfk that make it the troops' cost. */
static const char *costword[] = {
	"SMA", "cost", "Cost", "burden", "Burden", "Special Measures",
	"special measures", "방위비", "분담", "특별협정", "특별조치협정",
	"주둔 비용", "주둔비",
};

/* Does s[off, off + len) hold one of the words of costword? */
static int
costmatch(Str s, size_t off, size_t len)
{
	size_t i, k, n;

	for (i = 0; i < NELEM(costword); i++) {
		n = strlen(costword[i]);
		for (k = off; k + n <= off + len; k++)
			if (s.p[k] == costword[i][0] &&
			    memcmp(s.p + k, costword[i], n) == 0)
				return 1;
	}
	return 0;
}

/*
 * Are the talks of a record the allies' own over the cost of the U.S.
 * troops: a match of theme:usfk naming the cost (the SMA, cost or
 * burden sharing, 방위비, 분담금) and no actor but the ROK and the U.S.
 * named?  "The Biden Administration and South Korea negotiated the
 * 12th SMA early", "방위비 분담금 ... 주한미군 감축을 협상 카드로" are
 * no dialogue; with North Korea or China named they stay it, and so do
 * talks on the troops alone ("주한미군 감축은 협상할 사안이 아니다").
 */
static int
alliestalks(Places *pl, Str s)
{
	size_t i;
	int cost = 0, ally = 0;
	Str u;

	for (i = 0; i < pl->n; i++) {
		u = lextag(pl->x, pl->m[i].tag);
		if (streqlit(u, "theme:usfk")) {
			if (!cost)
				cost = costmatch(s, pl->m[i].off, pl->m[i].len);
		} else if (streqlit(u, "actor:rok") || streqlit(u, "actor:us"))
			ally = 1;
		else if (u.n > 6 && memcmp(u.p, "actor:", 6) == 0 &&
		    !(u.n == 7 && u.p[6] == '-'))
			return 0;
	}
	return cost && ally;
}

/*
 * Is the welcome at s[off, off + len) a host's, of a person ("welcomed
 * his counterpart, Lloyd Austin", "welcomed Secretary Hegseth to
 * Seoul", "welcomed the U.S. delegation", "welcome all of you to",
 * "welcome to all of our colleagues"), no stance?  Not of what the
 * person brings ("welcomed Secretary Austin's pledge", "welcomed his
 * counterpart's remarks"), nor of a thing ("welcomed the U.S.
 * commitment", "welcomed General Assembly resolution 2397").
 */
static int
hostwelcome(Str s, size_t off, size_t len, Str t)
{
	static const char *det[] = {
		"the", "his", "her", "their", "its", "our", "a", "visiting",
		"new", "incoming", "both", "two", "my", "your", "all", "of",
	};
	static const char *person[] = {
		"counterpart", "counterparts", "delegation", "delegations",
		"delegate", "delegates", "guest", "guests", "visitor",
		"visitors", "him", "friend", "friends", "colleague",
		"colleagues", "you", "everyone",
	};
	static const char *title[] = {
		"secretary", "minister", "president", "ambassador", "general",
		"gen", "admiral", "adm", "chairman", "commander", "senator",
		"speaker", "dr", "mr", "ms", "mrs",
	};
	static const char *after[] = {
		"to", "and", "at", "on", "in", "for", "as", "during", "with",
		"who", "upon", "back", "warmly", "all",
	};
	const unsigned char *p = (const unsigned char *)s.p;
	size_t i = off + len, k;
	int head = 0;
	Str w;

	if (len < 7 || (s.p[off] | 0x20) != 'w' ||
	    memcmp(s.p + off + 1, "elcom", 5) != 0 ||
	    memchr(s.p + off, ' ', len) != NULL || !streqlit(t, "stance:welcome"))
		return 0;
	for (k = 0; k < 8; k++) {
		while (i < s.n && p[i] == '.' && i > 0 && p[i - 1] >= 'A' &&
		    p[i - 1] <= 'Z')
			i++;	/* U.S. */
		if (!wordfwd(s, &i, &w))
			return head;	/* punctuation or the end */
		if (w.p[w.n - 1] == '\'' || (w.n >= 2 && w.p[w.n - 2] == '\'') ||
		    (w.n >= 4 && isapos((const unsigned char *)w.p, w.n - 4, w.n)) ||
		    (w.n >= 3 && isapos((const unsigned char *)w.p, w.n - 3, w.n)))
			return 0;	/* a possessive: Austin's, States' */
		if (k == 0 && wordin(w, (const char *[]){ "to" }, 1))
			continue;	/* a greeting: "welcome to all of you" */
		if (capital(w)) {
			if (wordin(w, title, NELEM(title)))
				head = 1;	/* and names after it */
		} else if (wordin(w, person, NELEM(person)))
			head = 1;
		else if (head)
			return wordin(w, after, NELEM(after));
		else if (!wordin(w, det, NELEM(det)))
			return 0;
	}
	return 0;
}

/* Is the Hangul word w one of l[0..n) exactly (wordin folds case, and
   so bytes of Hangul)? */
static int
hgword(Str w, const char **l, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strlen(l[i]) == w.n && memcmp(w.p, l[i], w.n) == 0)
			return 1;
	return 0;
}

/*
 * Is the stance match at s[off..off+len) the noun 평가 that ends a
 * heading, after a noun or a noun's modifier: the topic of a section
 * ("1. 외교정책에 대한 전반적 평가", "추진 경과 및 평가"), not a
 * headline's verb ("동맹 성과 높이 평가", "결과를 긍정적으로 평가"),
 * a judgment ("회담 결과 긍정적 평가", "엇갈린 평가") or a quote's
 * ("전문가들 \"실효성 의문\" 평가")?
 */
static int
topic(const Lex *x, Str s, size_t off, size_t len)
{
	/* a judgment's own modifier: a headline's verb, "긍정적 평가" */
	static const char *judged[] = {
		"긍정적", "부정적", "비판적", "호의적", "낙관적", "비관적",
		"엇갈린", "높은", "낮은", "좋은",
	};
	size_t e = off + len, b;
	Str w;

	if (!x->heading || len != 6 || memcmp(s.p + off, "평가", 6) != 0)
		return 0;
	while (e < s.n && (s.p[e] == ' ' || s.p[e] == '\t'))
		e++;
	if (e < s.n)
		return 0;	/* words or a full stop after it */
	for (b = off; b > 0 && s.p[b - 1] == ' '; b--)
		;
	if (b == off && off > 0)
		return 0;	/* inside an eojeol: 평가했다's stem */
	for (e = b; b > 0 && s.p[b - 1] != ' '; b--)
		;
	w = (Str){ s.p + b, e - b };
	return !(ends(w, "을") || ends(w, "를") || ends(w, "로") ||
	    ends(w, "히") || ends(w, "게") || ends(w, "이") ||
	    ends(w, "\"") || ends(w, "”") || ends(w, "'") ||
	    ends(w, "’") || hgword(w, judged, NELEM(judged)));
}

/*
 * Is the match at s[off..off+len) the noun "recommendation(s)" that a
 * verb of review or of carrying out takes, at most five words before
 * it in its clause: a text's subject described, no advice of its own
 * ("this report reviews the commission's recommendations", "implemented
 * most of the panel's recommendations", "the committee rejected the
 * recommendations"); not "we offer recommendations"?
 */
static int
described(Str s, size_t off, size_t len)
{
	static const char *verbs[] = {
		"review", "reviews", "reviewed", "reviewing", "examine",
		"examines", "examined", "examining", "summarize", "summarizes",
		"summarized", "summarise", "summarises", "summarised",
		"implement", "implements", "implemented", "implementing",
		"implementation", "evaluates", "evaluated", "assesses",
		"assessed", "tracks", "tracked",
		/* a response to them: "rejected the recommendations" */
		"reject", "rejects", "rejected", "rejecting", "accept",
		"accepts", "accepted", "accepting", "adopted", "ignored",
		"ignores", "ignoring",
	};
	size_t e = off, k;
	Str w;

	if (len < 14 || (s.p[off] | 0x20) != 'r' ||
	    memcmp(s.p + off + 1, "ecommendation", 13) != 0)
		return 0;
	for (k = 0; k < 5 && wordback(s, &e, &w); k++) {
		if (wordin(w, verbs, NELEM(verbs)))
			return 1;
		if (wordin(w, clauseend, NELEM(clauseend)))
			break;
	}
	return 0;
}

/* Does s, from off, open with the ASCII letters of a (any case)? */
static int
opens(Str s, size_t off, const char *a)
{
	size_t k, n = strlen(a);

	if (off + n > s.n)
		return 0;
	for (k = 0; k < n; k++)
		if ((s.p[off + k] | 0x20) != a[k])
			return 0;
	return 1;
}

/*
 * Is actor match m (tag t, actor:rok or actor:us) a pair's name ("the
 * two countries", "both sides", 양국, 양측, 두 나라) that names another
 * pair named before it?  "North Korea has sent troops to Russia ...
 * cooperation between the two countries" are those two: the sentence
 * names two other states before it and neither ally.  In the SCM's
 * texts, where the allies are named first, it stays the allies.
 */
static int
otherpair(Places *pl, Str s, const Match *m, Str t)
{
	uint32_t first = 0;
	size_t i;
	int other = 0;
	Str u;

	if (m->len < 5 || !((s.p[m->off] | 0x20) == 't' ||
	    (s.p[m->off] | 0x20) == 'b' || (unsigned char)s.p[m->off] == 0xEC ||
	    (unsigned char)s.p[m->off] == 0xEB))
		return 0;	/* the, both, 양, 두: the rest need not be read */
	if (!opens(s, m->off, "the two ") && !opens(s, m->off, "both ") &&
	    !(m->len >= 6 && (memcmp(s.p + m->off, "양국", 6) == 0 ||
	    memcmp(s.p + m->off, "양측", 6) == 0)) &&
	    !(m->len >= 10 && memcmp(s.p + m->off, "두 나라", 10) == 0))
		return 0;
	if (!((t.n == 9 && memcmp(t.p, "actor:rok", 9) == 0) ||
	    (t.n == 8 && memcmp(t.p, "actor:us", 8) == 0)))
		return 0;
	for (i = 0; i < pl->n; i++) {
		if (pl->m[i].off + pl->m[i].len > m->off)
			continue;
		u = lextag(pl->x, pl->m[i].tag);
		if (u.n <= 6 || memcmp(u.p, "actor:", 6) != 0 ||
		    (u.n == 7 && u.p[6] == '-'))
			continue;
		if ((u.n == 9 && memcmp(u.p, "actor:rok", 9) == 0) ||
		    (u.n == 8 && memcmp(u.p, "actor:us", 8) == 0))
			return 0;
		if (other == 0) {
			first = pl->m[i].tag;
			other = 1;
		} else if (pl->m[i].tag != first)
			other = 2;
	}
	return other == 2;
}

size_t
lexcontext(Lex *x, Str s, Match *m, size_t n)
{
	static Buf name;
	static unsigned char *drop;
	static size_t cap;
	static Places pl;
	static Starts sa;
	size_t i, k, dl = 0, nx;
	Str t;
	int pd = -1, at = 0, r;

	pl.x = x;
	pl.m = m;
	pl.n = n;
	pl.made = 0;
	sa.x = x;
	sa.nst = 0;
	sa.sorted = 0;
	if (n > cap)
		egrow(&drop, &cap, n, 1);
	for (i = 0; i < n; i++) {	/* first: every venue, chains whole */
		t = lextag(x, m[i].tag);
		if (t.n == 14 && memcmp(t.p, "theme:dialogue", 14) == 0)
			at = 1;
		if (isstance(t)) {
			if (sa.nst == sa.cap)
				egrow(&sa.st, &sa.cap, sa.nst + 1, sizeof(Start));
			sa.st[sa.nst].off = m[i].off;
			sa.st[sa.nst++].tag = m[i].tag;
		}
		drop[i] = t.n > 6 && memcmp(t.p, "actor:", 6) == 0 &&
		    !(t.n == 7 && t.p[6] == '-') &&
		    (strayallies(x, s, &m[i], t) || straytitle(&pl, s, &m[i], t) ||
		    otherpair(&pl, s, &m[i], t) ||
		    (pd < 0 ? (pd = placedateline(s), dl = leaddateline(s),
		    pd) : pd) || m[i].off + m[i].len <= dl ||
		    (!hostile(t) && (venue(&pl, s, m[i].off,
		    m[i].off + m[i].len, 0) ||
		    hgvenue(s, m[i].off))));
	}
	if (at)		/* before the matches are packed below */
		at = alliestalks(&pl, s);
	for (i = k = 0; i < n; i++) {
		if (drop[i])
			continue;
		t = lextag(x, m[i].tag);
		if (t.n > 7 && memcmp(t.p, "stance:", 7) == 0 &&
		    (adjective(s, m[i].off, m[i].len) ||
		    unreal(s, m[i].off, m[i].len) ||
		    (!streqlit(t, "stance:urge") && asked(s, m[i].off)) ||
		    hostwelcome(s, m[i].off, m[i].len, t) ||
		    topic(x, s, m[i].off, m[i].len) ||
		    described(s, m[i].off, m[i].len)))
			continue;
		if (streqlit(t, "theme:dialogue") &&
		    (counterpart(&pl, s, m[i].off + m[i].len) || at))
			continue;
		if (isstance(t) &&
		    !(t.n > 11 && memcmp(t.p + 7, "not-", 4) == 0) &&
		    (r = negation(s, m[i].off, m[i].len, &nx)) != 0 &&
		    !(r == NEGNEXT && otherstance(&sa, nx, t))) {
			name.n = 0;
			bufadd(&name, "stance:not-", 11);
			bufadd(&name, t.p + 7, t.n - 7);
			m[i].tag = lextagadd(x, bufstr(&name));
		}
		m[k++] = m[i];
	}
	return k;
}
