/*
 * scm.h: the one header of libscm, the library the scm tools share.
 * Strings are (pointer, length) views; user text is never taken to end
 * at a NUL.  Functions whose name starts with `e' print a message and
 * exit 2 on failure; `we' ones print a message and return an error.
 * The families are in lib/<family>.c; see scm-records(5) for the format:
 *   opt.c      the one option parser, usage, --help, --version, colour
 *   error.c    messages, exit statuses, the final check of stdout (fshut)
 *   input.c    operands and lines; binary files refused
 *   recin.c    the one reader of records (TSV, JSON Lines, plain text)
 *              and its malformed-record policy; jsonin.c JSON Lines
 *   record.c   record fields, the one unescaper
 *   recout.c   the one escaper: records and fields written as TSV
 *   jsonout.c  the one JSON writer (-J)
 *   readdoc.c, decode.c, html.c, htmltok.c, entity.c, page.c   documents
 *              of any kind: encodings, HTML pages, pdftotext pages
 *   split.c, units.c, sentence.c, abbrev.c   lines into blocks, blocks
 *              into units, sentences; classify.c, labels.c, repair.c,
 *              splitchar.c, chrome.c, newsmeta.c, enhead.c, hangul.c, hgchrome.c,
 *              hgwrap.c   kinds, labels, repairs, page furniture, Korean
 *   lexicon.c, trie.c, tokenize.c, match.c, prefilter.c, context.c,
 *              xlate.c   lexicons, the trie, tokens, matching, negation
 *              (scm-tag)
 *   tally.c, count.c, chart.c   counting, merging, keyness, the chart
 *   adoc.c, lcs.c, align.c, wdiff.c, loose.c, diffstat.c   word ids, LCS,
 *              alignment, word diff, loose comparison, --stat;
 *              docread.c, series.c   scm-diff's documents and --series
 *   words.c, utf8.c, str.c, sort.c, buf.c, hash.c, arena.c, ealloc.c,
 *              progress.c   words, UTF-8, views, sorting, buffers, tables,
 *              memory, progress
 */
#include <stddef.h>
#include <stdio.h>
#include <stdint.h>

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* A view into bytes that someone else owns. */
typedef struct {
	char *p;
	size_t n;
} Str;

#define S(lit) ((Str){ (char *)(lit), sizeof(lit) - 1 })

/* error.c */
extern const char *argv0;	/* program name for messages; set by setargv0 */
void setargv0(const char *);
/* Print "argv0: msg" to stderr; a trailing ':' in fmt appends strerror(errno). */
void weprintf(const char *, ...);
/* weprintf, then exit 2. */
void eprintf(const char *, ...);
/* Flush and close fp; on error report `name' and return 2, else 0. */
int fshut(FILE *, const char *);
/* Report a usage message "usage: ..." and exit 2 (test helpers). */
void eusage(const char *);
/* Has output to fp failed?  Notes errno of the first failure, which
   fshut then reports (not a later, unrelated errno). */
int outfail(FILE *);
/* Parse a decimal in [lo, hi]; on error print "argv0: what: bad number"
   and exit 2. */
long long estrtonum(const char *, long long lo, long long hi, const char *what);

/* opt.c: the one option parser.  Each tool has a table of its options;
   the usage line, --help and --version come from it, and -h/--help,
   --version, --progress and --line-buffered are handled here.  Long
   options may be abbreviated; operands come back in order, interleaved
   with options (so -d can apply to the next operand); "--" ends options. */
enum { OPT_OPERAND = 1, OPT_LONG = 256, OPT_VERSION = 512, OPT_PROGRESS,
	OPT_LINEBUF, OPT_RECORDS, OPT_PLAIN };
/* The options of the tools that read records; they set recmode. */
#define OPT_RECMODE \
	{ OPT_RECORDS, 0, "records", NULL, "the input is records, whatever its look" }, \
	{ OPT_PLAIN, 0, "plain", NULL, "the input is plain text lines" }
typedef struct {
	int code;		/* what optget returns: the letter or OPT_LONG+n */
	int c;			/* the short letter, 0 for none */
	const char *name;	/* the long name, NULL for none */
	const char *arg;	/* the argument's name; NULL for none; a leading
				   '?' makes it optional (--name=arg only) */
	const char *help;	/* one line; NULL: a deprecated alias of the
				   documented option of the same code */
} Opt;
/* The file operands, each with the -d label given just before it. */
typedef struct {
	char *name;
	const char *label;	/* NULL: the name's own */
} Operand;
typedef struct {
	Operand *v;
	size_t n, cap;
	const char *label;	/* a -d waiting for its operand */
} Operands;
typedef struct {
	const Opt *opt;		/* ended by a zero code */
	const char *const *forms;	/* operands of each usage line, NULL-ended */
	int argc, i, done;
	char **argv;
	const char *sub;	/* rest of a group of short options */
	char *arg;		/* the option's argument or the operand */
	Operands *ops;		/* where operands go, or NULL */
} Optparse;
extern int recmode;		/* REC_AUTO, or as --records/--plain say */
extern int lineflag;		/* --line-buffered, or stdout is a terminal */
/* Start parsing argv (sets argv0); stdout is line buffered on a terminal.
   With ops, operands are added to it (each with the -d label before it,
   if the tool's table has a 'd'), and --records/--plain set recmode. */
void optinit(Optparse *, const Opt *, const char *const *forms,
    Operands *ops, int argc, char **argv);
/* The next option's code (argument in p->arg), OPT_OPERAND (the operand
   in p->arg; only without ops), or -1 at the end.  On a bad option: usage error, exit 2. */
int optget(Optparse *);
/* Print "argv0: fmt..." (if fmt) and the usage on stderr; exit 2. */
void optusage(const Optparse *, const char *fmt, ...);
/* The index of arg in the NULL-ended words, or print what is wrong
   ("what: bad value: arg (w1, w2 or w3)") and exit 2. */
int optword(const Optparse *, const char *what, const char *arg,
    const char *const *words);
/* Colour or not, for --color=when (0 never, 1 auto, 2 always): auto is
   yes on a terminal, unless NO_COLOR is set or TERM is dumb or unset. */
int colorwanted(int when);
/* Add an operand; it takes the waiting label. */
void opadd(Operands *, char *name);
/* After the options: standard input if no operand; a -d with no operand
   after it is a usage error. */
void opend(const Optparse *, Operands *);

/* ealloc.c: allocation that exits 2 with a message when out of memory. */
void *emalloc(size_t);
void *ecalloc(size_t, size_t);
void *erealloc(void *, size_t);
/* Grow *p (of *cap elements of size sz) so that it holds at least need. */
void egrow(void *pp, size_t *cap, size_t need, size_t sz);
char *estrndup(const char *, size_t);

/* arena.c: bump allocation freed all at once; allocation never fails
   (exits 2 when memory runs out). */
typedef struct Arena Arena;
Arena *arenanew(void);
void *aalloc(Arena *, size_t);			/* 16-byte aligned */
Str astrdup(Arena *, Str);			/* copy of s, NUL appended */
void arenafree(Arena *);

/* buf.c: a growable byte buffer. */
typedef struct {
	char *p;
	size_t n, cap;
} Buf;
void bufadd(Buf *, const void *, size_t);
void bufaddc(Buf *, int);
void bufaddstr(Buf *, Str);
void bufaddnum(Buf *, size_t);		/* in decimal */
void buffree(Buf *);
#define bufstr(b) ((Str){ (b)->p, (b)->n })

/* str.c: views. */
int streq(Str, Str);				/* same bytes */
int streqlit(Str, const char *);		/* same bytes as a C string */
int strcmpb(Str, Str);				/* byte order, shorter first on tie */
/* sort.c: qsort's result, faster for the few items of a record. */
void sortfew(void *, size_t n, size_t size, int (*)(const void *, const void *));
Str strtrim(Str);				/* without ASCII/Unicode space at the ends */
Str strcut(Str *, int c);			/* cut up to c (or the end) off the front */
int strhas(Str, const char *lit);		/* lit occurs in s */
int strends(Str, const char *lit);		/* s ends in lit */
int strin(Str s, Str w);			/* w occurs in s */
int strany(Str, const char *set);		/* a byte of set occurs in s */
int strword(Str, size_t *off, Str *w);		/* the next word from *off */
int stropens(Str, const char *const *w, size_t n);	/* a word of w, a space */
size_t asciirun(Str);				/* the ASCII bytes it begins with */

/* input.c: operands and lines. */
typedef struct {
	FILE *fp;
	const char *name;	/* as given; "-" for standard input */
	Str label;		/* basename without extension, or "-" */
	char *line;		/* current line, without its newline (may hold NULs);
				   good until the next inread */
	size_t len;		/* its length */
	size_t lineno;		/* 1-based number of the current line */
	int crlf;		/* the current line ended in \r\n (removed) */
	int nonl;		/* the current line had no final newline */
	char *buf;		/* the stdio buffer of fp */
	char *blk;		/* bytes read, blk[off..end) not yet taken */
	size_t bcap, off, end;
	int eof;		/* blk holds the rest of the stream */
	int mem;		/* blk is the caller's (inmem) */
} Input;
/* Open name ("-" is stdin) into in; on failure (missing, unreadable,
   a directory) print "argv0: name: reason" and return -1. */
int inopen(Input *, const char *name);
/* Read the next line; return 1, or 0 at end of file, or -1 on a read
   error or a first line that is not text (binarykind; reported).  Strips "\n", then a "\r" before it (sets crlf). */
int inread(Input *);
/* Call fn(arg, line, path, lineno) on each line of the list file path,
   trimmed, but for empty lines and # comments; exit 2 on trouble. */
void elistfile(const char *path, void (*fn)(void *, Str, const char *, size_t),
    void *arg);
/* What p[0..n) (a file's first bytes) is if it is not text ("a PDF
   file"), with a command that converts it (a format for the file name)
   in *convert, or NULL; or NULL if it may be text. */
const char *binarykind(const char *p, size_t n, const char **convert);
/* If p[0..n), the start of file name, is not text, say so ("argv0:
   name: a PDF file; convert it first (...)") and return 1; else 0. */
int notext(const char *name, const char *p, size_t n);
/* The next n bytes or more (fewer at the end), not taken: inread and
   inslurp read them again.  For a look at a file's start. */
Str inpeek(Input *, size_t n);
/* Append the rest of the stream to b; -1 on a read error (reported). */
int inslurp(Input *, Buf *b);
/* Read the lines of p[0..n) in place, no copy; p must outlive in. */
void inmem(Input *, const char *name, char *p, size_t n);
/* Read on from fp, a new stream, from its line 1. */
void inrestart(Input *, FILE *fp);
/* Close (not stdin) and free the line buffer. */
void inclose(Input *);
/* The label of a path: its last component without extension, "-" for "-". */
Str pathlabel(const char *);

/* record.c: the six-field record format, scm-records(5). */
enum { F_DOC, F_LOC, F_KIND, F_SECTION, F_TAGS, F_TEXT, NFIELD };
extern const char *fieldname[NFIELD];
typedef struct {
	Str f[NFIELD];
} Record;
enum { K_HEADING, K_META, K_CLAUSE, K_ITEM, K_PARA, K_NOISE, NKIND };
extern const char *kindname[NKIND];
/* Field number of a name ("text") or a 1-based number ("6"); -1 if none. */
int fieldbyname(const char *);
/* Undo fieldput's escapes in place: the one unescaper.  0, -1 on a bad
   escape, -2 on a trailing backslash. */
int fieldunesc(Str *);
/* Split line (length n, modified in place) into r and undo the escapes.
   Return 0, or -1 and set *err to a static description. */
int recparse(Record *, char *line, size_t n, const char **err);
/* The same, in one pass; *raw is set when the line is r as recput
   writes it: no escape, no empty field, no carriage return. */
int recscan(Record *, char *line, size_t n, const char **err, int *raw);
/* Quick test: does line look like a record (exactly six fields, valid escapes)? */
int isrecord(const char *line, size_t n);
/* recout.c: write s escaped as a field ("-" when empty and dash is set). */
void fieldput(FILE *, Str s, int dash);
/* Write r as one TAB-separated line; empty fields are written "-". */
void recput(FILE *, const Record *);
/* jsonout.c: JSON Lines: jsonopen writes `{"doc":…,"text":…` (tags as an array,
   "-" fields as null); add members with jsonkey/jsonstr/jsonnum; jsonclose
   writes "}\n". */
void jsonopen(FILE *, const Record *);
void jsonkey(FILE *, const char *);
void jsonstr(FILE *, Str);	/* a JSON string; invalid UTF-8 bytes as \udcXX */
void jsonnum(FILE *, long long);
void jsonclose(FILE *);
/* Is the value absent ("-" or empty)? */
/* The kind named s (K_HEADING ...), or -1. */
int kindbyname(Str);
int isabsent(Str);

/* utf8.c */
/* Decode the character at s[0..n); store it in *cp and return its length
   (1..4); an invalid or truncated sequence gives *cp = -1 and length 1. */
int utf8dec(const unsigned char *s, size_t n, long *cp);
/* Is cp white space (ASCII space, NBSP, the U+2000 family, …)? */
int isuspace(long cp);
/* Length of the white space at s[0..n) (0 if none). */
size_t spanspace(const char *s, size_t n);
/* Is cp a dash or hyphen (- ‐ ‑ ‒ – — ―)? a single or double quote
   (' " ‘ ’ “ ” ‹ › « »)? */
int isudash(long cp);
int isuquote(long cp);
int isusymbol(long cp);			/* → ① □ △ ▲ ○ ㉠ ㆍ: never in a word */
/* The length of the invisible character at s[0..n) that may stand inside
   a word (soft hyphen U+00AD, zero-width space U+200B, word joiner
   U+2060, zero-width no-break space U+FEFF), or 0. */
size_t invisible(const unsigned char *s, size_t n);
/* Append the UTF-8 encoding of cp. */
void utf8put(Buf *, long cp);

/* casefold.c: lower case beyond ASCII that keeps lengths. */
/* The lower case of cp for ASCII, Latin-1, Latin Extended-A, Greek and
   Cyrillic capitals (one encoded length for both cases); else cp. */
long cpfold(long cp);
/* Fold the character at s[0..n) into out (room for 4); return its
   length, the same in s and out (1 for an invalid byte, kept). */
size_t foldchar(const unsigned char *s, size_t n, unsigned char *out);
/* Are a and b, both n bytes, the same once folded? */
int foldeqn(const unsigned char *a, const unsigned char *b, size_t n);

/* words.c: the words of a text, as scm-count and scm-diff see them. */
/* Find the next word in s[*off..n): letters and digits, with inner
   apostrophes, hyphens and periods (U.S., 1.5, North-Korea's).  Store the
   word's view in *w and advance *off; return 0 when there is none. */
int wordnext(Str s, size_t *off, Str *w);
/* wordnext as scm-count counts: 28,500 and 9·19 whole, weapons.3 apart */
int countword(Str s, size_t *off, Str *w);
/* Fold w into b: lower case (ASCII, Latin-1, Latin Extended-A, Greek,
   Cyrillic), accents off Latin-1 letters, typographic apostrophe to '. */
void wordfold(Buf *b, Str w);
/* Is the folded word an English stop word (built-in list)? */
int isstopword(Str folded);

/* hash.c: a table from byte strings to a user slot, keys in an arena. */
typedef struct {
	Str key;
	uint64_t hash;
	void *val;		/* the user's; zero when new */
	size_t ival;		/* the user's; zero when new */
} Entry;
typedef struct {
	Entry **slot;
	size_t cap, len;
	Arena *a;
} Hash;
void hashinit(Hash *, Arena *);
/* The same with cap slots to begin with (a power of two). */
void hashinitn(Hash *, Arena *, size_t cap);
uint64_t hashbytes(const void *, size_t);
/* The entry for key, added (key copied into the arena) if new. */
Entry *hashput(Hash *, Str key);
/* The same for key with 0x20 set in each byte: an ASCII word of letters,
   digits and ' - . as wordfold folds it, without the copy. */
Entry *hashputword(Hash *, Str key);
/* The entry for key, or NULL. */
Entry *hashget(Hash *, Str key);
/* The entries as an array of n pointers (in the arena), in table order. */
Entry **hashitems(Hash *, size_t *n);
/* Free the table (not the arena). */
void hashfree(Hash *);
/* qsort comparison of two Entry pointers by key, in byte order. */
int entcmp(const void *, const void *);

/* split.c: cutting a document into blocks and sentences (scm-split(1)). */
enum { U_PARA, U_SENTENCE };
typedef struct {
	int unit;		/* U_PARA or U_SENTENCE */
	int keepnoise;		/* emit noise blocks too */
	int brjoin;		/* an HTML block: a clause goes on over <br> */
	Str *abbrev;		/* extra abbreviations (without the period) */
	size_t nabbrev;
	int glue;		/* a text pasted as one line: sentlen cuts too
				   what its lines had apart (a heading, a
				   stamp, a byline, a caption glued on) */
} SplitOpt;
typedef struct {
	Str doc;		/* the label */
	size_t block;		/* 1-based block number */
	size_t sent;		/* 1-based sentence number; 0 for a block */
	int kind;		/* K_HEADING … K_NOISE */
	Str section;		/* nearest heading above; empty for none */
	Str text;		/* the unit's text, spaces folded */
} Unit;
/* Called for each unit; a non-zero return stops the split. */
typedef int Emit(void *arg, const Unit *);
/* Split the lines of in into units and call emit for each.  Memory is
   bounded by the largest block.  Return 0, -1 on a read error (reported),
   or emit's non-zero value. */
int splitdoc(Input *in, Str doc, const SplitOpt *, Emit *, void *arg);
/* The unit named by -u ("para" or "sentence"); exit 2 on another name. */
int eunit(const char *);
/* Load abbreviations, one per line ("Gen." or "Gen"; '#' comments), from
   a file; exit 2 on error.  Appends to o->abbrev. */
void loadabbrev(SplitOpt *, const char *path);

/* splitchar.c: byte classes and ASCII case-insensitive tests shared by
   the scm-split files.  initbc fills splitbc; call it before the rest. */
extern unsigned char splitbc[256];	/* 1 space, 2 UTF-8 space lead,
					   4 digit, 8 lower, 16 upper */
#define ISDIGIT(c) (splitbc[(unsigned char)(c)] & 4)
#define ISLOWER(c) (splitbc[(unsigned char)(c)] & 8)
#define ISUPPER(c) (splitbc[(unsigned char)(c)] & 16)
#define ISALPHA(c) (splitbc[(unsigned char)(c)] & 24)
void initbc(void);
int splower(int c);				/* ASCII lower case */
/* A set of words or phrases (shorter than 32 bytes, in lower case when
   ci), most words turned away by their length and first byte alone. */
typedef struct {
	const char **w;
	size_t n;
	int ci;			/* compare without ASCII case */
	uint32_t lens[256];	/* bit L: a word of length L starts so */
	int init;
} WordSet;
int inwordset(Str w, WordSet *);
int eqci(Str s, const char *lit);		/* s equals lit, any case */
int sprefixci(Str s, const char *lit);		/* s starts with lit */
int contains(Str s, const char *lit);		/* lit occurs in s */
/* The letters of the Latin ligature at p (U+FB00-FB06), or NULL:
   scm-split writes them for it. */
const char *ligature(const unsigned char *p, size_t n);
/* Append s[0..n) to b, each run of white space as one space; *cand (if
   not NULL) as the comment in splitchar.c says. */
void addfold(Buf *b, const char *s, size_t n, size_t *cand);

/* labels.c: clause and enumeration labels, ordinal suffixes. */
/* The ordinal suffix ("st", "nd", "rd", "th") of the number ending at
   b[0..end). */
const char *ordsuffix(const char *b, size_t end);
int issuffix(Str t);			/* t is an ordinal suffix */
size_t leadnum(Str s, long *v);		/* digits at the start: count, *v */
long clauselabel(Str t);
size_t numletter(Str t);	/* "5a. " opening t: its length, or 0 */		/* "12. ": 12; 0 if none */
size_t labelquote(Str t);		/* 『 or “ before a clause's number */
int footline(Str t);		/* a footnote: "1) 국방부, 「...」, p. 27." */
size_t itemlabel(Str t);		/* length of "(a)", "1)", "-"...; 0 */
int endsterm(Str t);		/* ends in . ! ? : ; before closers */
size_t speaker(Str t);		/* "SEC. AUSTIN: ": a transcript's label, its length */
size_t sectlabel(Str t);	/* "II. ", "2.1 ", "Ⅲ. ": a section's number, its length */
size_t capslabel(Str t, int keyed);	/* the same, "DATE:" too if keyed */
size_t gpospeaker(Str t);	/* "Chairman ROGERS. ": a hearing's label, its length */
size_t hgturn(Str t);	/* <질문>, [답변], 문), 기자: opening a Korean turn: its length */
int endmark(Str t);		/* "(END)", "- END -", "###": a story's end */
/* split.c: does t name a kind of document (communique, statement,
   report, 공동성명)? */
int doctype(Str t);
/* page.c: a running header naming the document, "제58차 SCM 공동성명". */
int runhead(Str);
/* page.c: a GPO printer's slug, "VerDate Aug 31 2005 ... Jkt ... Frm ...". */
int printslug(Str);
/* page.c: a sentence that opens "Page 3 of the report ...", no page mark. */
int pageprose(Str);
/* page.c: a table of contents flattened on one line, three entries or
   more with leaders and page numbers. */
int tocrun(Str);
/* page.c: a page's number in small Roman numerals alone: "iii", "xiv". */
int romanpage(Str);
/* page.c: a block of a list in small Roman numerals ("ii to defend
   ...", "ii. ...") or one that ends in ':' (a list to come). */
int romanlist(Str);
/* page.c: does the line end a sentence, a block that may not go on
   ("weapons.3" too)? */
int endsblock(Str l);
/* columns.c: the two columns of a pdftotext -layout page, side by side
   in its rows, rewritten one after the other (pages cut by form feeds). */
void colsplit(Buf *b);
/* newsmeta.c: a dateline's place alone, "SEOUL, Republic of Korea",
   "Washington, D.C.". */
int placeline(Str);
/* newsmeta.c: a field's label alone, its value to follow ("등록일",
   "Author", "Posted:"). */
int fieldlabel(Str);
/* newsmeta.c: may t be a field's value: Korean, a date or a number, a
   name or an office? */
int fieldvalue(Str);
size_t pagemark(Str t, size_t i, size_t e);	/* "- 3 -", "3 / 8", "Page 3" in t[i..e): its offset + 1 */
/* Where the inline clause after number clause starts in t, after from
   (". N. X"); 0 if none. */
size_t nextinline(long clause, Str t, size_t from);
size_t nextordinal(Str t, size_t from, int *k);
/* Is t, a line that starts with a number, the rest of a Korean date that
   ends b ("... 2026. 11." / "2. 서울에서")? */
int datewrap(Str b, Str t);
size_t nextbare(long clause, Str t, size_t from);	/* the same, no full stop before */
size_t leadinclause(Str t);	/* "...communique: (begin text) 1. The": offset of 1. */
int cutclause(Str t, long want);	/* "3. The Secretary and the Minister review": clause want cut short */
/* The same past a page break's furniture (no full stop before "N."):
   *junk gets where the furniture starts. */
size_t nextpaged(long clause, Str t, size_t from, size_t *junk);
/* A page's mark and running header inside a sentence of a one-line
   copy ("... threat to - 1 - 58th SCM Joint Communique regional ..."):
   1 and [*s, *e), or 0. */
int midfurn(Str t, size_t from, size_t *s, size_t *e);
/* Where "1." starts after a title on a one-line copy; 0 if none. */
size_t titlecut(Str t);
/* A paged book's running head at the start of a one-line copy's title,
   "Page 366 - 2018 Defense White Paper P. 366": its end, *mark the end
   of its first part (before "P. 366"); 0 if none. */
size_t leadfurn(Str t, size_t *mark);
/* "Appendix 13", "Annex 2" opening a title that goes on in capitals:
   its end, or 0. */
size_t appendixlabel(Str t);

/* classify.c: a block's kind, K_HEADING ... K_NOISE, from its trimmed
   text, its number of lines, and the kind of the block before it
   (prevkind < 0: none yet; prevcomma: what that one left open, 1 a
   comma, 2 a board's field label (its value follows), 3 nothing yet in
   a text, whose title may run over four lines of a page; nblock:
   blocks so far; notnoise: isnoise is known to say no, t being a line
   that said so already). */
int blockkind(Str t, size_t nlines, int prevkind, int prevcomma,
    size_t nblock, int notnoise);
int isnoise(Str t);		/* a page number or header, web leftovers */
int noteline(Str t);		/* an author's bio, a disclaimer */
int isname(Str t);		/* 2-4 capitalised words: a byline? */
int initialname(Str t);		/* "Larry A. Niksch": a byline */
/* The title of a box of links to other pages: "Related Articles",
   "Most Viewed", "관련기사"; the headlines under it are chrome too. */
int isboxtitle(Str t);
size_t crumbtail(Str t);	/* Title | 국방부 > 알림마당: " | " */
int hgboxhead(Str t);	/* □ a title if sub-points follow */
int hgsubpoint(Str t);	/* ○ - ㅇ: a sub-point under a box */
/* "By Jane Doe", "By Kim Min-ji, Staff Reporter": names after "By" up to
   a comma, no digit, no sentence end. */
int isbyline(Str t);
int roleline(Str t);		/* Research Fellow, Some Institute */
int islabel(Str t);		/* one capitalised word, perhaps a number */
int isbanner(Str t);		/* a site banner line */
int orgline(Str t);		/* "U.S. Department of Defense": an office's name */
int ednote(Str t);		/* "[The prepared statement ... page 61.]" */
int portrait(Str t);		/* "Headshot of Daniel Rhee": alt text */

/* repair.c: PDF damage: words broken at a line end, torn ordinals. */
/* Keep the hyphen of "left-" / "right": a compound written so. */
int keephyphen(Str left, Str right);
/* Drop it: evidence the word was cut there (an ending that is no word,
   or the joined spelling in hist, left or right). */
int unhyphen(Str hist, Str left, Str right);
/* Is last a drop cap's letter alone ("P"), t the rest of its word
   ("repared for ...")?  Then the two join with no space.  before: the
   block's text above the letter ("Under Plan" / "B" / "would" no). */
int dropcap(Str before, Str last, Str t);
/* Close up the words of b[from..) a hyphen cut at a line's end inside
   one long line ("Re- cent", "first- ever"), by the same evidence. */
void gluehyph(Buf *b, size_t from, Str hist);
/* hgwrap.c: a Korean word broken at a line end ("대한" / "민국"):
   hgunwrap says whether left and right join with no space, by the
   particles that open right or by a spelling seen (hgseenadd). */
void hgseenadd(Hash *seen, Str t);
/* The same for the lines of a page read ahead, but their first and last
   words, and the alliance's names cut at a line end (한미일, 미국). */
void hgseenpage(Hash *seen, Str text);
/* In a page copy whose Korean lines break at any syllable: does the
   line left end a word (a particle, an ending) or the line right open
   one (및, 등)?  Else the break is inside a word. */
int hgwordbreak(const Hash *seen, Str left, Str right);
int hgunwrap(const Hash *seen, Str left, Str right);
/* Ordinals torn by superscripts: see the comments in repair.c. */
int ordctx(char *b, size_t at);
size_t numstart(const char *b, size_t end);
size_t ordabove(char *b, size_t from, size_t n, Str suf);
void gluesuffix(Buf *b, size_t from);
void gluelig(Buf *b, size_t from);	/* reaf f irmed: reaffirmed */
size_t findordinal(Str t, const char *suf);

/* chrome.c, newsmeta.c: web and news furniture, by features of one
   trimmed line.  The tests copy the line in lower case (NUL as space),
   LOCAP bytes at most: a longer line is no furniture. */
enum { LOCAP = 320 };
size_t lowcopy(char *d, Str t);		/* 0 if t does not fit */
int hasword(const char *lo, const char *w);	/* w as a whole word */
int anyword(const char *lo, const char *const *ws, size_t n);
size_t nwords(const char *lo);
int chalnum(int c);			/* an ASCII letter or digit */
/* The raw line ends in . ! ? (closers aside) after five words or more. */
int rawsentence(Str t);
/* The lower-cased line ends like a sentence (not "Oct."). */
int sentend(const char *lo, size_t n);
/* Where a date starts in lo (its end in *end), or -1. */
long finddate(const char *lo, size_t n, size_t *end);
/* A place-date, release or posting line ("Seoul, October 28, 2017",
   "Release | Oct. 9, 2024", "Posted : 2023-11-13 17:20"). */
int isdateline(Str);
/* The length of the news dateline that opens text t ("SEOUL, Nov. 4
   (Yonhap) --", "(서울=연합뉴스)"), or 0. */
size_t leaddateline(Str);
/* A dateline glued inside a one-line text before end ("... By Phil
   Stewart SEOUL (Reuters) \u2013 The ..."): where the text before it (the
   byline before it too) ends, at a space; 0 if none. */
size_t gluedateline(Str s, size_t end);
/* A byline at the end of t, a headline's ("... meet in Busan By Han
   Seo-yun"): where its "By" starts, or 0. */
size_t bylinetail(Str t);
/* A photo's caption glued to the text around it in a one-line text:
   where the text before its mark (\u25b2) or its credit's bracket ends
   ("(Pool photo) (Yonhap) | S Korea ..."), before end; 0 if none. */
size_t gluecaption(Str s, size_t end);
/* A date stamp at s[i] ("November 09, 2017", "Nov. 13, 2023",
   "2023-11-13"), with its time (13:08): its end, or 0. */
size_t stampend(Str s, size_t i);
/* A meta line: a date line, a release mark or number, a byline with a
   staff role, a photo credit, an agency line. */
int chromemeta(Str);
int pagestamp(Str t);		/* 3:45 P.M. EDT, 5 years ago, RECORDING DATE: ...: a page's stamp */
int filecaption(Str);		/* "FILE - ...": a wire photo's caption */
int figcaption(Str);		/* Figure 1. ..., <표 2> ...: a caption */
int authornote(Str);		/* an op-ed's disclaimer, a bio, a note on the text */
int photocredit(Str);
int creditkey(Str);		/* "Credit: ...", "Photo: ...": a keyed credit */
size_t entitlecut(Str line);	/* a one-line story's headline ends */
/* enhead.c: an English page as one line: where its text starts after
   the menu (*menu), title (*stamp), stamps and byline (*share), share bar */
size_t enhead(Str line, size_t *menu, size_t *stamp, size_t *share);
int boxtrail(Str t);	/* t opens with a page box's title: Related Stories */
size_t entrailer(Str line, size_t wide);	/* its address, (END), copyright start */
/* Site chrome: UI and social words, menus of separators, cookie notices,
   toasts, form fields ("Academic year: 2022"). */
int chromenoise(Str);
size_t nchars(Str t);		/* its characters, UTF-8 */
int tocline(Str);	/* "I. Introduction ........ 1": a table of contents' */
int sectionrow(Str);
int abbrevend(Str);		/* ends in an abbreviation's period: U.S., Gen. */
int isrow(Str);			/* at most three words, 40 bytes, no sentence end */
int ruleline(Str);		/* ----, ____, ───: a rule drawn with marks */
size_t placeholder(Str);	/* "{mosads}": an ad's tag in braces */
/* Where the place-date that ends a title starts ("... Meeting Seoul,
   October 28, 2017"), 0 if there is none. */
size_t placedate(Str);

/* split.c, units.c: the state of one document being split, shared by the
   line reader (split.c) and the block finisher (units.c). */
typedef struct {
	size_t off, len;	/* in SplitSt.qtext */
	size_t num;
	int kind;
	int glue;		/* of a text pasted as one line */
} SplitQ;

typedef struct {
	Str doc;
	const SplitOpt *o;
	SplitOpt gopt;		/* *o, glue set: for the pieces of ... */
	int glue;		/* ... a block that is a text pasted as one line */
	size_t ndocl;		/* the document's lines read so far */
	Emit *emit;
	void *arg;
	int r;			/* emit's non-zero value: stop */
	Buf blk;		/* the open block, spaces folded */
	size_t nlines;		/* lines in it */
	int gap;		/* a blank line after its last line */
	int romanlist;		/* the last block opened with a small Roman
				   numeral ("ii to defend ...") or ended in ':' */
	size_t indent, lastindent;	/* the spaces before this line, the last */
	size_t firstindent;	/* before the open block's first line */
	int noisein;		/* noise lines held since its last line */
	size_t ordpos;		/* just after a number that lost its suffix */
	size_t ordline;		/* the line of that number */
	size_t lastoff;		/* where the last line starts in blk */
	char pend[3];		/* a torn suffix waiting for its number */
	Buf noise;		/* noise lines held, each ended by '\n' */
	Buf noiseat;		/* where in blk each was met (size_t each) */
	Buf phdr;		/* a line held: a running page header? */
	Buf fn;			/* a footnote held while its page's sentence goes on */
	int fngap;		/* a blank line after the held footnote */
	size_t phdrgap;		/* blank lines after it */
	int replay;		/* it is read again: not held again */
	int pagebrk;		/* a page mark in the noise held since text */
	int aftermark;		/* the last line was a page's mark, "- 1 -" */
	int phdrclause;		/* the held line is noise before the next clause */
	int phdrrun;		/* the held line is a periodical's running head */
	int torn;		/* the last line ended at a superscript (The 58 / th) */
	int shy;		/* the last line joined ended in a soft hyphen */
	Buf qtext;		/* finished blocks waiting */
	SplitQ *q;
	size_t nq, qcap;
	Buf section;
	int prevkind;		/* kind of the last non-noise block */
	int prevcomma;		/* it ended in ',' */
	int longline;		/* a line too long for a page: a web paste */
	int hgchar;		/* Korean lines broken at any syllable, all full */
	size_t hgw;		/* the width of their lines, in columns */
	int hgfull;		/* the last line joined is as wide */
	int wrapped;		/* lines wrapped mid-sentence: no web paste */
	size_t maxw;		/* the widest content line so far, in columns */
	size_t lastw;		/* the last content line's width, in columns */
	long lastfoot;		/* the number of the last footnote emitted (meta) */
	long notemax;		/* the highest note mark in the text so far (deterrence.3) */
	int underrule;		/* a rule drawn since the last text: notes follow */
	size_t pagew;		/* a wrapped page's width, from the look-ahead */
	int votes;		/* long lines that end a sentence (split.c) */
	int lastnoise;		/* the last piece was noise */
	int portrait;		/* it was a portrait's alt text (Headshot of ...) */
	int affil;		/* it was an author's affiliation (세종연구소 ...) */
	int prevnoise;		/* the last block written was noise */
	int qmenu;		/* q[0], a short name, came after noise */
	int qcaption;		/* q[0] came after a paragraph (1), a heading (2) */
	int qverb;		/* q[0], a photo's title: "악수하는 ..." */
	int qtitle;		/* q[0], a paragraph, reads as a headline ending in U.S. */
	int qbox;		/* q[0], a box's line, a title over sub-points */
	int inbox;		/* under a box title: headlines are chrome */
	int textseen;		/* a clause, paragraph or item was emitted */
	int aftercopy;		/* a Korean copyright under the text: headlines are chrome */
	int brk;		/* the line goes on after a <br> */
	size_t nblock;
	long clause;		/* number of the last clause */
	long lastcl;		/* number of the last clause emitted */
	int atend;		/* the document's last block is being finished */
	Buf tmp;
	Buf hist;		/* the last blocks' text: spellings seen */
	Buf title;		/* the first heading, one line */
	Buf lastone;		/* the last block, if of one short line */
	Arena *arena;
	Hash seen;		/* headings seen: a running header repeats one */
	Hash chrome;		/* short noise seen: a footer repeats the banner */
	Hash hgseen;		/* Korean words seen: evidence of a broken one */
	size_t hgdone;		/* bytes of hist noted in hgseen */
	Str cleanline;		/* the last line that was no noise, as given */
	int clean1;		/* the block is that line, byte for byte */
	int latin;		/* the lines read ahead are English, next to no Hangul */
	int afterend;		/* a story's (END) above: its page's headlines follow */
	int toc;		/* under "Contents": its entries, one a line, follow */
	char tocfirst[96];	/* its first entry: met again, the text begins */
	size_t tocfirstn;
} SplitSt;
/* The open block finished: cut into pieces (inline clauses, a title),
   each classified and emitted, then the noise held inside it. */
void splitfinish(SplitSt *);
/* A finished piece of text: number it, classify it (unless kind >= 0). */
void splitpiece(SplitSt *, Str t, size_t nlines, int kind);
long footnum(Str t);	/* a footnote's number opening t ("3 See ..."), 0 */
int partname(Str t);	/* a report's part: Summary, Introduction, 개요 */
/* Emit the blocks held (a name, the rows of a menu) as they stand. */
void splitqflush(SplitSt *);

/* sentence.c */
/* Length of the first sentence of s[0..n) (n if s is one sentence), its
   closing quotes and brackets included; s has its white space folded to
   single spaces.  o->abbrev holds user abbreviations (o may be NULL). */
/* Does s, pasted as one line, open with a heading glued to the
   sentence after it ("Tasks Ahead The ministers reaffirmed ...")?  The
   heading's end (at a space), or 0. */
size_t headglue(Str s, const SplitOpt *o);
size_t sentlen(Str s, const SplitOpt *o);
/* abbrev.c: the words sentlen weighs around a period.  w is a word
   without its period. */
enum {
	A_TITLE = 1,	/* before a name: never ends a sentence (Gen., Dr.) */
	A_NUM,		/* before a number: No. 57, Art. 4, Nov. 3 */
	A_NEVER,	/* never ends a sentence: e.g., i.e., cf. */
	A_AMBIG,	/* ends one only if a sentence opener follows (etc., Inc.) */
	A_MONTH		/* not before a number, but before a capital: Nov. 3 */
};
/* Is s[j..) a space and a credit in brackets to the text's end? */
int credittail(Str s, size_t j);
/* Does a place's name and a comma come before s[k] (Washington, D.C.)? */
int placecomma(Str s, size_t k);
/* The A_ type of abbreviation w (o->abbrev: A_AMBIG; o may be NULL), 0
   if it is none; w.n > 0. */
int abbrevtype(Str w, const SplitOpt *o);
int isopener(Str w);		/* a word that opens sentences (The, However) */
int isverb(Str w);		/* a finite verb: said, agreed (not need) */
int isadverb(Str w);		/* an adverb: also, later, -ly */
int krsurname(Str w);		/* a Korean family name romanized: Ahn, Lee */
int krgiven(Str w);		/* a Korean given name romanized: Gyu-back */

/* decode.c (with the decoding of whole documents below): plain text read line by line (scm-tag, scm-count): each line as UTF-8.
   ASCII and valid UTF-8 lines pass as they are, unless enc says
   otherwise; the first line that is not UTF-8 decides between CP949 and
   windows-1252 as decodebuf guesses, says so on stderr, and holds for the
   lines after it. */
typedef struct {
	const char *enc;	/* forced (-E), or NULL */
	const char *from;	/* decided by a guess, or NULL */
	const char *badfrom;	/* the encoding the first bad bytes failed */
	size_t bad;		/* bytes kept as U+FFFD */
	Buf out;
} LineDec;
Str decodeline(LineDec *, const char *name, size_t lineno, Str line);
/* Say how many bytes became U+FFFD, if any (then return 1), and reset. */
int decodedone(LineDec *, const char *name);
/* Does iconv(3) know enc? */
int encknown(const char *enc);

/* recin.c: the one reader of records, or of plain text lines taken as
   records.  The policy for malformed records (scm-records(5)): each is
   reported as "argv0: file:line: what" and skipped, the rest is read,
   and the tool exits 2 at the end; a read error stops the file. */
enum { REC_AUTO = -1, REC_RECORDS = 0, REC_PLAIN = 1, REC_BAD = -2 };
typedef struct {
	Input in;
	int plain;		/* REC_AUTO, REC_RECORDS or REC_PLAIN */
	int json;		/* the records are JSON Lines */
	Buf jb;			/* their decoded fields */
	LineDec dec;		/* plain lines to UTF-8 (dec.enc: -E) */
	Buf whole;		/* UTF-16 text, read whole and converted */
	char loc[24];
	Record r;
	int raw;		/* the line read (in.line) is r as recput
				   writes it: a tool may copy it */
} RecIn;
/* Open name for reading records (see inopen); label (if not NULL) is the
   doc of plain lines; mode REC_AUTO lets the first line decide: a line of
   six fields makes the file records (a bad one if its escapes are bad),
   any other plain text (doc = label, loc = line number, kind = para,
   section and tags absent).  Plain lines are read as UTF-8 through
   ri->dec (decodeline; set ri->dec.enc after opening to force an
   encoding), and a text opening with the byte order mark of UTF-16 is
   converted whole.  -1 on failure (reported). */
int recopen(RecIn *, const char *name, const char *label, int mode);
/* jsonin.c: a record from a line of JSON Lines (-J output) into r, its
   fields decoded into b.  0, or -1 with *err what is wrong. */
int jsonrec(Record *r, Buf *b, const char *line, size_t n, const char **err);
/* Has line the six fields of a record (whatever its escapes)?  This
   alone decides whether a file is records. */
int isrecline(const char *line, size_t n);
/* Read the next record into ri->r.  Return 1, 0 at the end, -1 on a read
   error (reported; stop), REC_BAD on a malformed record (reported; go on). */
int recnext(RecIn *);
/* Close; 1 if some bytes of plain lines became U+FFFD (said on stderr). */
int recclose(RecIn *);

/* progress.c: a one-line progress indicator on standard error.  Shown
   when progflag is set (--progress), or when standard error is a terminal
   and the input is a regular file of at least PROGBIG bytes; never on a
   pipe or a log file by default.  On a terminal the line is redrawn in
   place at most every PROGEVERY seconds; elsewhere one line a second.
   Output errors are ignored: progress is never worth failing for. */
#define PROGBIG ((long long)64 << 20)
#define PROGEVERY 0.25
extern int progflag;		/* 1: always show (--progress); 0: automatic */
extern FILE *progout;		/* where to draw; NULL means stderr */
extern double (*progclock)(void);	/* seconds; NULL means CLOCK_MONOTONIC */
/* Begin an input called name, open on fd (-1 if none): its size, if it
   is a regular file, gives the percentage.  Ends any previous input. */
void progstart(const char *name, int fd);
/* n more bytes of the current input were read (cheap: call it per line). */
void progadd(size_t n);
/* End the current input: its last figures and a newline, if anything was
   drawn (or progflag is set). */
void progend(void);
/* count.c: scm-count's statistics and escapes. */
/* Signed log-likelihood G2 of a key seen a times in a corpus of c units
   and b times in one of d units: the two-cell form of Rayson and Garside
   (2000), expected values E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d),
   G2 = 2(a ln(a/E1) + b ln(b/E2)), 0 ln 0 = 0, no Yates correction;
   negative when a/c < b/d.  0 when c, d or a+b is 0. */
double keyg2(double a, double b, double c, double d);
/* Hardie's log ratio: log2((a/c) / (b/d)), a zero a or b taken as 0.5.
   0 when c or d is 0. */
double keylogratio(double a, double b, double c, double d);
/* One line of scm-count output, count<TAB>[group<TAB>]key, its group
   and key unescaped in place; unit is 0 or 1 for a totals line (its key
   countunitkey[unit]), else -1.  NULL, or what is wrong with the line. */
typedef struct {
	size_t n;
	int grouped, unit;
	Str group, key;
} CountLine;
extern const char *countunitkey[2];
extern const char countnotmergeable[];	/* countline's error for -r output */
const char *countline(char *line, size_t len, CountLine *);
/* tally.c, chart.c: scm-count's counts, its rows and its chart. */
enum { U_RECORDS, U_WORDS };
typedef struct {
	Entry *e;	/* the key (e->key, e->ival: total over groups) */
	Entry *ge;	/* its group (e->key the name) */
	size_t g;	/* group index, or 0 */
	size_t n;	/* count in the group */
	double x;	/* G2, with --keyness */
} Row;
typedef struct {
	Entry *e;	/* its name is e->key */
	size_t tot;	/* counted units */
	int hastot;	/* a totals line was read (--merge) */
} Group;
typedef struct {
	/* the options (field, byfield, grouped, unit, top: -1 for none) */
	int field, byfield, ngram, nostop, jflag, rflag, tflag, allkinds;
	int wide, chart, merge, grouped, unit;
	int deftags;		/* the tags counted for want of -f, -w, -n */
	long long top, least;
	const char *keygroup;
	const char *enc;	/* -E: plain text in this encoding */
	/* the counts */
	char stopmark[2];	/* a word's e->val: &stopmark[1] if stop word */
	Arena *arena;
	Hash keys;		/* key -> e->ival, the count over all groups */
	Hash cells;		/* (group, key entry) -> count, with groups */
	Hash words;		/* word -> stop mark, for n-grams */
	Hash groups;		/* group -> index + 1 */
	Hash stops;		/* --stop words */
	Hash tagsets;		/* a tags field -> its keys, NULL-ended (e->val) */
	Entry **one;		/* tagkeys' scratch */
	size_t onecap;
	int havestops;
	Group *gl;		/* groups in order of first appearance */
	size_t ngroup, gcap;
	Buf fold, gram;
	Entry **seq;
	size_t seqcap;
} Tally;
void tallyinit(Tally *);
void tallyfree(Tally *);
/* The index of group g, added if new. */
size_t groupid(Tally *, Str g);
/* Count the records of op (plain lines per mode); 0, or 2 on trouble. */
int countfile(Tally *, const Operand *op, int mode);
/* Add the counts of a file of scm-count output; 0, or 2 on trouble. */
int mergefile(Tally *, const char *name);
/* Load the --stop words of path (exit 2 on error). */
void loadstops(Tally *, const char *path);
/* Rows of (group, key) cells, or of keys over all groups with bykey,
   at least t->least; free() them. */
Row *rows(Tally *, int bykey, size_t *nrow);
void sortrows(Row *, size_t n);	/* most frequent first, ties by name */
size_t cellcount(Tally *, size_t g, Entry *k);
double rel(Tally *, size_t n, size_t g);	/* relative frequency in g */
void puttotals(Tally *);
void putplain(Tally *, Row *, size_t n);
void putwide(Tally *, Row *, size_t n);
/* Key rows with G2 against group kg; 0 or -1 (reported). */
int keyness(Tally *, Row *, size_t n, size_t kg);
void putchart(Tally *, Row *, size_t n);
/* lexicon.c, trie.c, match.c: scm-tag */
/* A lexicon: tags and the phrases that stand for them, compiled into a
   word-level trie over hashed words (trie.c, match.c). */
typedef struct Lex Lex;
typedef struct {
	uint32_t tag;		/* tag id, see lextag */
	uint32_t ns;		/* namespace id (internal) */
	size_t off, len;	/* bytes of the match in the text */
	size_t tok0, tok1;	/* its tokens [tok0, tok1) */
} Match;
Lex *lexnew(void);
void lexfree(Lex *);
/* NULL if tag is a good "namespace:name", else what is wrong with it. */
const char *tagcheck(Str tag);
/* Is tag one that is never written: named "-", which only hides the
   shorter matches of its namespace ("actor:-"), or a surname's
   ("surname:rok:Shin", scm-tag's memory of a document's people)? */
int taghidden(Str tag);
/* Add one entry: pattern for tag.  A leading `=' makes the pattern case
   sensitive, a trailing `*' matches any ending of its last word.  Return
   0, or -1 with *err a static description of what is wrong. */
int lexadd(Lex *, Str tag, Str pattern, const char **err);
size_t lexntag(const Lex *);
size_t lexnpattern(const Lex *);
Str lextag(const Lex *, size_t id);
/* Find the entries in text (all of them if all, else only the longest
   of overlapping matches of one namespace); *m is set to an array that
   lives until the next call.  Return the number of matches. */
size_t lexmatch(Lex *, Str text, int all, Match **m);
/* The id of tag (a good "namespace:name"), added to the lexicon if new. */
uint32_t lextagadd(Lex *, Str tag);
/* context.c: the words around the n matches m of text s.  A stance tag
   negated in its clause becomes "stance:not-NAME" (negated below); an
   actor that names a place after "in" or "at" (a venue) is dropped, and
   so is the lexicon's "Allies" but first in a heading (x->heading).
   Return how many matches are left (lexmatch calls it). */
size_t lexcontext(Lex *, Str s, Match *m, size_t n);
/* Is the stance word at s[off, off+len) negated: a cue before it in its
   clause in English ("will not", "no longer", "never", "did not ...
   any"), after it in its own or the next eojeol in Korean (않, 못, 없)? */
int negated(Str s, size_t off, size_t len);
/* Add the entries of a lexicon text in our format (tag<TAB>pattern), the
   LIWC .dic or the Lexicoder .lc3 format, told apart by content; ns is
   the namespace for categories of the last two.  On a bad line print
   "argv0: name:line: what" and return -1. */
int lexload(Lex *, const char *name, Str ns, Str text);
/* lexload on the contents of a file; -1 if unreadable (reported). */
int lexloadfile(Lex *, const char *path);
/* lexload on the built-in lexicon (scmlex), namespace "scm". */
int lexbuiltin(Lex *);
/* The tags lexmatch finds in text (longest matches), sorted, each once,
   without the tags that only hide others ("actor:-"), joined by commas
   into out (emptied first); as scm-tag sets them on a record without tags. */
void lextags(Lex *, Str text, Buf *out);
/* prefilter.c: which tokens of a text may begin a lexicon entry, from
   their first two bytes; it never rejects a token the matcher would
   match.  The environment variable SCM_NOPREFILTER turns it off. */
typedef struct Prefilter Prefilter;
enum { PF_WORD, PF_PREFIX, PF_PUNCT };	/* what an entry's first token is */
Prefilter *pfnew(void);
void pffree(Prefilter *);
void pfenable(Prefilter *, int on);
/* Is it on?  (Off, the matcher runs its reference: every text cut by
   the byte-at-a-time tokenizer, every token walked.) */
int pfison(const Prefilter *);
/* Add the first token of an entry: the bytes of a word (PF_PREFIX if
   any ending may follow) or of a punctuation token (its plain form). */
void pfadd(Prefilter *, Str tok, int kind);
/* Is there a token in text where an entry may begin?  (0 and a text can
   be left untokenized.) */
int pfany(const Prefilter *, Str text);
/* May an entry begin at the token starting at text.p[off]?  (Without
   one-word prefix entries always 1: the matcher's first lookup of a
   whole word is a finer filter.) */
int pftok(const Prefilter *, Str text, size_t off);
/* Would pftok ever say 0? */
int pfneeded(const Prefilter *);
/* Turn the prefilter of a lexicon on or off (to compare the two). */
void lexprefilter(Lex *, int on);
/* trie.c, tokenize.c, match.c: the inside of a Lex, shared by the
   three: trie.c compiles entries into the trie, tokenize.c cuts texts
   and patterns into hashed tokens, match.c walks the trie over them. */
enum { T_WORD, T_PUNCT };
#define PFXSEED 0x9e3779b97f4a7c15ULL	/* `*' after: a word's beginning */
#define SFXSEED 0x3779b97f4a7c159eULL	/* `*' before: a word's ending */
#define FNV0 0xcbf29ce484222325ULL
#define FNVP 0x100000001b3ULL
/* The final mix of a token's hash (and of an edge's slot). */
static inline uint64_t
hmix(uint64_t h)
{
	h ^= h >> 32;
	h *= 0xd6e8feb86659fd93ULL;
	h ^= h >> 32;
	return h;
}
enum { BLOOMBITS = 1 << 16 };
#define HGSEED 0x7f4a7c159e3779b9ULL	/* a Hangul word + particles */
/* Does the 3-byte character at p look like a Hangul syllable? */
#define ISHGB(p) (((p)[0] == 0xEA && (p)[1] >= 0xB0) || (p)[0] == 0xEB || \
	(p)[0] == 0xEC || ((p)[0] == 0xED && (p)[1] < 0x9F))
typedef struct {
	uint32_t off, len;	/* bytes of the token in the text */
	uint64_t h;		/* hash of its folded form */
	int type;
	char q;			/* canonical punctuation, 0 for the raw bytes */
	char ascii;		/* known to be ASCII (tokscan) */
	char inv;		/* its hash is of the word as read: invisible
				   characters (utf8.c) left out, ligatures
				   written out (splitchar.c) */
} Tok;
typedef struct {
	uint64_t th;		/* token hash (or prefix hash ^ PFXSEED) */
	uint32_t parent, child;	/* child 0: empty slot */
} Edge;
typedef struct {
	uint32_t out;		/* first output + 1, 0 none */
	uint64_t pfxmask;	/* bit L-1: a `*' edge of prefix length L */
	uint64_t hgmask;	/* bit L-1: a Hangul edge of length L */
	uint64_t sfxmask;	/* bit L-1: a leading `*' edge, ending of length L */
} Node;
typedef struct {
	uint32_t tag, next;	/* next output of the same node + 1 */
	uint32_t ntok;
	int cs, pfx;		/* pfx 2: a Hangul word, particles may follow */
	int sfx;		/* a leading `*': the first word is an ending */
	uint32_t glue;		/* bit k: nothing or one hyphen between tokens
				   k and k + 1 in the text (한.미, 한-미) */
	Str *tok;		/* the pattern's tokens, canonical, unfolded */
} Out;
struct Lex {
	Arena *a;
	Node *node;
	size_t nnode, capnode;
	Edge *edge;
	size_t nedge, capedge;
	Out *out;
	size_t nout, capout;
	Hash tags;
	Str *tagname;
	uint32_t *tagns;	/* namespace id of each tag */
	size_t ntag, captag;
	Hash ns;
	Prefilter *pf;		/* prefilter.c: where entries may begin */
	uint64_t bloom[BLOOMBITS / 64];
	Tok *tok;
	size_t ntok, captok;
	uint64_t *bits;		/* tokscan's bitmaps of byte classes */
	size_t capbits;
	uint32_t *cand;		/* tokens that may begin an entry (tokscan),
				   or their offsets (tokpairs) */
	size_t ncand, capcand;
	int lazy;		/* walks cut the tokens they need (tokfrom) */
	size_t lazyn, tokend;	/* then: the text's length, past the last token */
	Match *m;
	size_t nm, capm;
	int pfxhg;		/* a `*' pattern's last word begins in Hangul */
	int heading;		/* set by the caller: the text is a heading's
				   (context.c keeps a headline's Allies) */
};
/* lexlower[c]: the folded ASCII letter or digit, 0 for anything else. */
extern unsigned char lexlower[256];
void initlower(void);	/* fill lexlower and the tokenizer's tables, once */
/* Cut s[0..n) into x->tok; Latin letters and Hangul are separate words. */
void tokenize(Lex *, const char *s, size_t n);
/* The same tokens (and hashes), faster on ASCII; Tok.ascii is set on
   the tokens it found without the reference tokenizer.  With cands,
   x->cand lists the tokens the root's bloom filter passes. */
void tokscan(Lex *, const char *s, size_t n, int cands);
/* On an ASCII text, the offsets of the tokens where the prefilter's
   pairs (pfpair) say an entry may begin, in x->cand; x->tok is left
   empty for tokfrom.  0 if s[0..n) is not all ASCII (nothing listed). */
int tokpairs(Lex *, const char *s, size_t n);
/* After tokpairs on the same text: append to x->tok the k tokens (fewer
   at the end) that begin at or after offset from; x->tokend is set past
   the last.  Return how many. */
size_t tokfrom(Lex *, const char *s, size_t n, size_t from, size_t k);
/* The prefilter's pairs: the key of a token of ASCII letters and digits
   p[0..len) (its first three bytes folded, its length up to seven), and
   of a punctuation token.  Entries are judged by the keys of their first
   two tokens, those of one token (or whose second token has no key) by
   the first. */
enum { PFKEYLEN = 7 };
static inline uint32_t
pfkeyword(const unsigned char *p, size_t len)
{
	uint32_t k = 0;
	size_t i, m = len < 3 ? len : 3;

	for (i = 0; i < m; i++)
		k |= (uint32_t)(p[i] | 0x20) << 8 * i;
	return k | (uint32_t)(len < PFKEYLEN ? len : PFKEYLEN) << 24;
}
#define PFKEYPUNCT(c) ((uint32_t)(unsigned char)(c) | 1u << 27)
/* Add an entry's tokens t[0..n) of pattern s (pfx: a `*' after the
   last, sfx: before the first) to the pairs. */
void pfentry(Prefilter *, const char *s, const Tok *t, size_t n, int pfx, int sfx);
/* Can every entry be judged by the pairs, and can some match an ASCII
   text? */
int pfpairs(const Prefilter *);
/* The pairs' bitmaps of PFPAIRBITS bits: two, of the keys of entries'
   first two tokens (bit pfhash2(k0, k1)); one, of the first tokens of
   those judged by it alone (bit pfhash1(k0)), NULL if there is none. */
enum { PFPAIRBITS = 1 << 19 };
void pfbits(const Prefilter *, const uint64_t **one, const uint64_t **two);
static inline unsigned
pfhash1(uint32_t k)
{
	return (unsigned)((k * 0x9E3779B97F4A7C15ULL) >> (64 - 19));
}
static inline unsigned
pfhash2(uint32_t k0, uint32_t k1)
{
	return (unsigned)(((uint64_t)k0 << 32 | k1) * 0x9E3779B97F4A7C15ULL >> (64 - 19));
}
/* The indices of the tokens t[0..n) of text (tokscan's) that pftok
   would let through, or that are not ASCII, written to cand (room for
   n); how many.  Only where pfneeded. */
size_t pflist(const Prefilter *, const char *text, const Tok *t, size_t n,
    uint32_t *cand);
/* May the root have an edge by th?  (The bloom filter of its edges.) */
static inline int
inbloom(const Lex *x, uint64_t th)
{
	return (int)(x->bloom[(th >> 7) % BLOOMBITS / 64] >>
	    ((th >> 7) % BLOOMBITS % 64) & 1);
}
/* The hash of the last (sfxhash) or the first (pfxhash) L folded bytes
   of word token t of s. */
uint64_t sfxhash(const char *s, const Tok *t, size_t L);
uint64_t pfxhash(const char *s, const Tok *t, size_t L);
/* The slot of the edge from parent by th in x->edge; the child of parent
   by th, 0 if none. */
size_t edgeslot(const Lex *, uint32_t parent, uint64_t th);
uint32_t edgeget(const Lex *, uint32_t parent, uint64_t th);
/* recout.c: fieldput and recput into a buffer (appended to), for
   writers that buffer their output. */
void fieldbuf(Buf *, Str s, int dash);
void recbuf(Buf *, const Record *);
/* The built-in SCM lexicon (lexicon/scm.lex, generated into the build). */
extern const unsigned char scmlex[];
extern const size_t scmlexlen;
/* adoc.c, lcs.c, align.c, wdiff.c: scm-diff, matching the units of two
   documents by content. */
/* A unit's words: each is a run of non-space bytes holding at least one
   word (wordnext), folded (wordfold, hyphens dropped) to an id; bytes
   without words belong to the word before.  A leading enumeration label
   ("7.", "(3)", "a)", "Firstly,") is not a word. */
typedef struct {
	uint32_t id;
	uint32_t sid;		/* its id with Korean particles cut (동맹을:
				   동맹), for the similarity; id if none */
	size_t beg, end;	/* the word's bytes in the text */
} ATok;
typedef struct Vocab Vocab;		/* word ids shared by the documents */
typedef struct {
	Str text, loc, tags;	/* loc "-" and tags "" when absent */
	uint32_t *id;		/* the word ids, NULL until aunitids() */
	uint32_t *sid;		/* the same, particles cut: the ATok sids */
	size_t ntok;
	size_t lab;		/* length of the label */
	uint64_t raw;		/* hash of the bytes after the label */
	uint64_t key;		/* hash of the words (once needed) */
	int kind;		/* K_*, or -1; set by the caller of adocadd */
} AUnit;
typedef struct {
	AUnit *u;
	size_t n, cap;
} ADoc;
enum { OP_SAME, OP_CHANGED, OP_ADDED, OP_REMOVED };
typedef struct {
	int op, moved;
	long old, new;		/* unit indexes, -1 for none */
	double sim;
} AOp;
Vocab *vocabnew(Arena *);
void vocabfree(Vocab *);
/* Length of the enumeration label and the space after it at the start
   of s; 0 if none or if the label is all there is. */
size_t labellen(Str s);
/* Cut s into at most cap tokens of t; return how many there are (call
   again with more room if that is more than cap).  add: new words get
   ids (else they get 0). */
size_t atokenize(Vocab *, Str s, ATok *t, size_t cap, int add);
/* Append a unit to d, its text, loc and tags copied into the arena. */
void adocadd(Arena *, Vocab *, ADoc *, Str text, Str loc, Str tags);
void adocfree(ADoc *);
/* docread.c: the paragraphs between clause N and clause N + 1 joined to
   clause N (a clause in several paragraphs) when the other document's
   clause N holds most of their words, for scm-diff's pairs */
void adocfold(Arena *, ADoc *, const ADoc *other);
/* Give u its word ids, once. */
void aunitids(Arena *, Vocab *, AUnit *);
/* Give u its key (the hash of its words) and ntok. */
void aunitkey(Vocab *, AUnit *);
uint64_t aunitopening(Vocab *, const AUnit *, size_t r);
/* Do a and b have the same words? */
int samewords(Vocab *, Str a, Str b);
/* Longest common subsequence of a and b; with sc (room for n+m), also
   the edit script of 'K'eep, 'D'elete, 'I'nsert, its length in *nsc. */
size_t lcs(const uint32_t *a, size_t n, const uint32_t *b, size_t m,
    char *sc, size_t *nsc);
/* 2 * common words / all words: 1.0 for the same words, 0.0 for none. */
double similarity(const AUnit *, const AUnit *);
/* Align old with new at threshold t: the operations in new order, the
   removed units where they stood; *nops of them; free() the result. */
AOp *align(Arena *, Vocab *, ADoc *old, ADoc *new, double t, size_t *nops);
/* The similarity at or above which a removed and an added unit standing
   in the same place (between the same two units that kept their order)
   are one unit changed, if they share a phrase of 8 words or more;
   below 0 (the default), half of align's threshold. */
extern double aligngap;
/* loose.c: what scm-diff compares by default. */
extern int alignloose;	/* 1: atokenize and align compare chunks in their loose
			   form (scm-diff without --exact); 0 (default): as typed */
/* The chunk of s starting at i (not a space): up to white space, but
   across white space next to a dash ("allies \u2014 the" is one chunk).
   *chunk is its loose form: dashes and hyphens as '-', typographic
   quotes as ' and ", accented Latin letters without accents (é as e),
   soft hyphens and zero-width characters dropped; valid until the next
   call.  *ascii: the loose form is all ASCII.  Return the chunk's end. */
size_t loosechunk(Str s, size_t i, Str *chunk, int *ascii);
/* Render the words of new against old in out: [-removed-]{+added+}, or
   red and green with color; add the word counts to *added, *removed. */
void wdiff(Buf *out, Vocab *, const AUnit *old, const AUnit *new, int color,
    size_t *added, size_t *removed);
/* adoc.c: the clause label of a unit that opens with a clause number
   ("13. ", "4.2 "), as "\u00b613" in buf (*has set); else its loc. */
Str aunitcite(const AUnit *, char *buf, size_t size, int *has);
/* diffstat.c: scm-diff --stat, and the furniture set aside. */
extern const char *aopname[][2];	/* [op][moved]: "=", "=>", "~", ... */
typedef struct {
	size_t op[OP_REMOVED + 1][2];
	size_t furn[OP_REMOVED + 1];	/* noise and meta, set aside */
	int hasfurn;
	size_t wadd, wdel;
	Hash gain, loss;
	Arena *a;
} DiffStat;
void dstatinit(DiffStat *, Arena *);
/* Count one operation: its op, the words added and removed, the tags
   gained and lost between its old and new unit (either may be NULL). */
void dstatop(DiffStat *, const AOp *, const AUnit *old, const AUnit *new,
    size_t added, size_t removed);
/* Count the furniture of two documents, aligned at threshold t. */
void dstatfurn(DiffStat *, Vocab *, ADoc *old, ADoc *new, double t);
/* Write the counts, as lines or one JSON object. */
void dstatput(DiffStat *, int json);
void dstatfree(DiffStat *);
/* Move the noise and meta units of d to f (emptied first): site chrome
   and release lines are no language of the document. */
void adocaside(ADoc *d, ADoc *f);

/* entity.c: the HTML5 named character references (generated by
   mk/entities.sh), sorted by name in byte order; names without ';' are
   the legacy ones a page may write without it. */
typedef struct {
	const char *name;	/* "amp;", "amp" */
	const char *utf8;	/* its text */
} Entity;
extern const Entity entities[];
extern const size_t nentities;

/* decode.c: the encodings of documents (scm-split(1) ENCODINGS). */
/* Convert the n bytes of b in place to UTF-8: from enc if not NULL, else
   from the charset an HTML page declares (html != 0), else from the BOM,
   else keep valid UTF-8 as it is, else guess CP949 or windows-1252 and
   say so on stderr ("name: read as CP949").  Bytes that decode in no way
   become U+FFFD, with a warning.  Return 0, 1 if some bytes became U+FFFD,
   or -1 if enc is unknown to iconv(3) (reported). */
int decodebuf(Buf *b, const char *name, const char *enc, int html);
/* Does p[0..n) hold valid UTF-8?  With part, a sequence cut by the end
   counts as valid. */
int isutf8(const char *p, size_t n, int part);
/* Does p[0..n) start like an HTML document: "<!DOCTYPE html", "<html",
   or mostly tags? */
int ishtml(const char *p, size_t n);

/* html.c: HTML pages as blocks (scm-split(1) HTML). */
/* Split the UTF-8 page s into units and call emit for each, as splitdoc
   does: headings, meta and chrome from the markup, the other blocks
   classified by splitdoc.  Memory is bounded by the page.  Return 0 or
   emit's non-zero value. */
int splithtml(Str s, Str doc, const SplitOpt *, Emit *, void *arg);
/* Is c white space in HTML (space, tab, LF, CR, FF)? */
int htmlspace(int c);

/* htmltok.c: the words of HTML as html.c reads them. */
enum {		/* what a tag is (htmltags) and what an open one says */
	HT_B = 1,	/* block level: ends the open block */
	HT_V = 2,	/* void: never open */
	HT_SKIP = 4,	/* raw text to its end tag, giving nothing */
	HT_NOISE = 8,	/* chrome */
	HT_META = 16,
	HT_HEAD = 32,
	HT_PRE = 64,
	HT_LINK = 128,
	HT_TITLE = 256,
	HT_LIST = 512,	/* ol, ul, menu: scope of li */
	HT_OL = 1024,
	HT_LI = 2048,
	HT_BR = 4096,
	HT_H1 = 8192,	/* the page's own title: a heading even in chrome */
	HT_BOX = 16384,	/* html, body, main: their class says nothing */
	HT_ART = 32768,	/* main, article (or such a role): under it, a header
			   is the article's own, not the site's */
	HT_UNSEEN = 65536,	/* style="display: none" (tagattrs only) */
};
typedef struct {
	const char *name;
	int fl;
} HtmlTag;
extern const HtmlTag htmltags[];	/* the tags html.c knows, by name */
int htmlalpha(int c);			/* an ASCII letter */
/* The tag name at s[k..n) (k at its first letter): its index in
   htmltags, -1 if none, in *t; return where the name ends. */
size_t tagread(const char *s, size_t k, size_t n, int *t);
/* The attributes a[0..n) of a start tag: return the flags that class,
   id, role or hidden add (HT_NOISE, HT_META); set *start and *value to
   the numbers of start= and value= if there are such attributes.  The
   class and id of a box (fl has HT_BOX, or role="main", which adds
   HT_BOX | HT_ART; role="article" adds HT_ART) add nothing:
   "feature-footer-v2" on a body is a switch, not chrome.  A style that
   hides the element adds HT_UNSEEN. */
int tagattrs(const char *a, size_t n, int fl, long *start, long *value,
    int *type);
/* The character reference at s[0..n) (after '&'), decoded into out;
   return its length, 0 if it is none. */
size_t charref(const char *s, size_t n, Buf *out);
/* Where the end tag of the raw text element name starts in s[i..n), n
   if nowhere; past the next '>' from i; the end of the tag whose
   attributes start at i (its '>' outside quotes, n if none). */
size_t rawend(const char *s, size_t i, size_t n, const char *name);
size_t pastgt(const char *s, size_t i, size_t n);
size_t tagend(const char *s, size_t i, size_t n);

/* readdoc.c: scm-split's reading of a document of any kind. */
enum { AS_AUTO, AS_TEXT, AS_HTML };
/* Split the document open in in: decoded (decodebuf, enc forcing), HTML
   or text as detected or as forced by as, pdftotext's form feeds taken as
   page ends (running headers and page numbers there become noise).  Plain
   UTF-8 text whose first 64 KB need nothing streams through splitdoc.
   Sets *bad if some bytes became U+FFFD.  Return as splitdoc does. */
int splitany(Input *in, Str doc, const SplitOpt *, const char *enc, int as,
    int *bad, Emit *, void *arg);
/* The same for a document read whole into b (name for messages); b is
   decoded in place. */
int splitbuf(Buf *b, const char *name, Str doc, const SplitOpt *,
    const char *enc, int as, int *bad, Emit *, void *arg);
/* Take pdftotext's page furniture out of the text b (pages cut by form
   feeds): the first and last line of each page when it is a page number
   or repeats, digits aside, on other pages, and the running header that
   names the document at the top of a page inside a sentence (it may
   show once, in a copy of two pages).  The lines taken go to furn,
   each ended by '\n'; the form feeds become newlines. */
void pagestrip(Buf *b, Buf *furn);
/* The text of a scanned PDF set with two spaces between all its words
   (archive.org's "FULL TEXT"): those gaps made one space, as a record
   folds them; other lines and texts as they were. */
void ocrspace(Buf *b);
int ocrtext(Str head);		/* the head of such a text */
/* hangul.c: Korean text.  All take UTF-8 and never fail. */
int hgsyl(const char *, size_t);		/* starts with a Hangul syllable */
int hgends(const char *, size_t);		/* ends in a Hangul syllable */
int hgopenend(const char *, size_t);	/* in 했/였/겠...: a verb goes on */
int hashangul(Str);				/* holds a Hangul syllable */
/* Is s[0..n) particles after a noun of stemlen bytes (확장억제 + 를,
   국방장관 + 들은; after stems of two syllables or more also 하다 endings)? */
int hgtail(const char *s, size_t n, size_t stemlen);
/* The length of folded word w without its trailing particles. */
size_t hgstrip(const char *w, size_t n);
int hgname(Str w);		/* two to four syllables alone: 김은정 */
int hgstampline(Str t);	/* 입력 2021. 07. 19 14:43: a story's stamp */
size_t hgcountstem(const char *w, size_t n);	/* hgstrip for counting */
/* Does the word w[0..n) end in a particle after its noun (서울에서,
   D.C.에서, (SCM)가)? */
int hgnoun(const char *w, size_t n);
int hgstop(Str folded);				/* a Korean stop word */
/* sentlen(3) hooks: does the period at i (closers to j, k the start of
   the word before) end a Korean sentence: 1, 0, -1 no opinion, 2 no
   but the sentence ends before the word (a clause's number); is a
   period with no space after (했다.(연합뉴스)) an end? */
int hgperiod(Str s, size_t k, size_t i, size_t j);
int hgglued(Str s, size_t i, size_t j);
int hgquoteglued(Str s, size_t i, size_t q);
int hgprose(Str line);				/* has a Korean sentence end */
size_t hgitem(Str line);			/* length of 가. ① □ labels, 0 none */
long hgclause(Str line);			/* N of a 제N조 label, 0 none */
long hgcommaclause(Str line);	/* N of "1, ...다." or "3항, ...다.", 0 none */
int hgrightsnote(Str s, size_t i);	/* period i in [저작권자ⓒ ... ] */
/* Write into b the pattern with middle dots between leading one-syllable
   country names (한미일 -> 한·미·일); 0 if it has none. */
int hgdotted(Str pat, Buf *b);
/* hgchrome.c: Korean web and news furniture, by features of one line. */
size_t hglead(Str s);				/* [서울=뉴시스] 홍길동 기자 = */
int hgspeaker(Str line);			/* ◀ 앵커 ▶, [기자] alone */
int hgdatedtitle(Str line);			/* a post's title (2025.07.12) */
int hgnoise(Str line);				/* site chrome, copyright */
int hgclauseline(Str);		/* 1. ...가 2026년 11월 12일: a clause's line */
int hgsubtitle(Str line);			/* - a release's subtitle - */
int hgmeta(Str line);				/* byline, dateline, agency tag */
int hgpersonname(Str w);		/* 홍길동: a family name, 2-4 syllables */
int hgoutlet(Str w);			/* 연합뉴스, 한빛일보: an outlet, one word */
int hgaffil(Str t);		/* 세종연구소 수석연구위원: an author's affiliation */
/* A board post's field: 1 its label alone ("조회수"), 2 with its value. */
int hgfield(Str t);
/* hgreport.c: a Korean report's furniture, by features of one line. */
int hgtocline(Str line);	/* Ⅰ. 문제제기···1: a contents page's entry */
int hgsourceline(Str line);	/* 『동북아 안보정세 분석』(한국국방연구원 발행) */
int hgloneglyph(Str line);	/* ●, ⓒ alone on a line */
int hgcatalog(Str line);	/* 학술지 정세와 정책: a library's field */
int hgshortdate(Str line);	/* 08. 12. 31. alone */
int hgnotedname(Str line);	/* 이병구*1): an author and a note's mark */
int hgpaywall(Str line);	/* 멤버십 기사입니다, 회원이신가요? 로그인 */
/* A ministry page's furniture word opens t: 첨부파일, 이전글, 태그 ... */
int hgfurn(Str t);
/* Does the heading h open a document's notes (Notes, 참고문헌)? */
int notesec(Str h);
size_t hghead(Str line, int top, size_t *menu, size_t *stamp);	/* a one-line story's text starts */
size_t hgtrailer(Str line);			/* its address, copyright start */
size_t hgendmark(Str t);	/* the end mark t opens: (끝) /끝/ 끝. */
size_t hgendat(Str t);		/* where one after t's last sentence starts */
size_t hgaddr(Str t);			/* the reporter's address opening t */
int hgcopyright(Str t);			/* a Korean site's copyright notice */

/* xlate.c: scm-diff --translation.  Split files old and new (one text in
   two languages), tag their numbered clauses with the built-in lexicon
   and print per clause "N<TAB>=<TAB>tags" when both carry the same tags,
   "N<TAB>~<TAB>-old-only,...<TAB>+new-only,..." when not, "N<TAB>-" or
   "N<TAB>+" for a clause in one only.  Return 0 all the same, 1 some
   differ, 2 trouble (reported). */
int xlatediff(FILE *out, const char *old, const char *new, const char *enc);
/* docread.c, series.c: scm-diff's documents and --series. */
typedef struct {
	Arena *a;
	Vocab *v;		/* word ids shared by the documents */
	SplitOpt sopt;		/* how plain documents are split */
	int jflag;		/* JSON Lines */
	const char *encoding;	/* -E: of plain documents, NULL to guess */
	int undecodable;	/* some bytes became U+FFFD (warned) */
	Lex *lex;		/* tag the units of plain documents, or NULL */
	ADoc *d;		/* internal: the document being split */
} DiffCtx;
/* Read name whole into d: records if its first line is one, else a plain
   document split by c->sopt; *label is its doc.  Return 0, 1 if malformed
   records were skipped (reported), or -1 on trouble (reported). */
int adocread(DiffCtx *c, const char *name, ADoc *d, Str *label);
/* --series (watchfile NULL: every n-gram of ngram words) and --watch over
   the nd files: one line per tag or phrase.  Return 0, 1 if something
   changed in the last document, or 2 on trouble (reported). */
int series(DiffCtx *c, char **files, size_t nd, size_t ngram,
    const char *watchfile);
