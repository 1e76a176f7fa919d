/* actors_cand.c — name candidates.
 *
 * A candidate is a run of capitalised words joined by spaces, with the
 * particles of names (de, van, bin, al-), initials (J. K.), abbreviations
 * (St., Ave.) and, inside organisation and place names, connectors
 * (Banque de France, Bank of England, Science & Technology).  The run is
 * then stripped of a leading determiner, honorific or title (which become
 * evidence), of a sentence-initial ordinary word, and filtered: a
 * sentence-initial word alone needs evidence (a capital elsewhere
 * mid-sentence, a lexicon or ICU name, an acronym), else it is kept only
 * as a possible alias of a name found elsewhere (EV_WEAK).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include "actors_model.h"
#include "util.h"

static uint32_t lx(struct actx *x, size_t i)
{
	const struct afold *f = actors_tok_fold(x, i);
	return f ? f->lx : 0;
}

static bool is_cap(const struct actx *x, size_t i)
{
	return (x->tok[i].f & (TK_LETTER | TK_CAP)) == (TK_LETTER | TK_CAP);
}

static bool is_letter(const struct actx *x, size_t i)
{
	return x->tok[i].f & TK_LETTER;
}

/* Is token i preceded by a lower-case article (le, la, du, des, au, aux)?
 * A person's name is not (« du Boson de Higgs »). */
static bool after_article(struct actx *x, size_t i)
{
	if (i == 0 || !is_letter(x, i - 1) || (x->tok[i - 1].f & TK_CAP))
		return false;
	if (lx(x, i - 1) & LX_DET)
		return true;
	return actors_tok_in(x, i - 1, x->lx.articles);
}

static bool plural_like(struct actx *x, size_t i);
static bool org_prep(struct actx *x, size_t k);
static bool dict_common(struct actx *x, size_t i);

/* May a connector (de, of, &) continue the run [i, j)?  Inside names of
 * organisations and places (a cue word in the run), after a first name
 * (Charles de Gaulle), after a saint (St. Francis of Assisi), or a title
 * (Secretary of State: stripped later). */
static bool connect_ok(struct actx *x, size_t i, size_t j)
{
	if ((lx(x, i) & LX_FIRST) && j - i == 1)
		return true;
	/* A person's particle: one or two capitalised given names, then a bare
	 * « de » / « d' » and a capital (Piet de Clercq, Valéry Giscard d'Estaing).
	 * No cue, place or sentence-initial word on either side. */
	const struct afold *cf = j < x->ntok ? actors_tok_fold(x, j) : NULL;
	bool bare_de = cf && cf->len >= 1 && cf->fold[0] == 'd' &&
	               ((cf->len == 2 && cf->fold[1] == 'e') || (x->tok[j].f & TK_ELIDED));
	if (j - i <= 2 && bare_de && j + 1 < x->ntok && is_cap(x, j + 1) &&
	    !(lx(x, j + 1) & (LX_ORGCUE | LX_PLACECUE | LX_COMMON | LX_TITLE))) {
		struct gaz_hit h0;
		bool ok = !actors_gaz_span(x, j + 1, j + 2, &h0) && !after_article(x, i);
		for (size_t k = i; k < j && ok; k++) {
			struct gaz_hit h;
			ok = is_cap(x, k) && !(x->tok[k].f & (TK_UPPER | TK_HEAD)) &&
			     (!(x->tok[k].f & TK_INIT) || (lx(x, k) & LX_FIRST)) &&
			     !(lx(x, k) & (LX_COMMON | LX_TITLE | LX_DET | LX_STOP | LX_DEMONYM | LX_MONTH | LX_WEEKDAY)) &&
			     !actors_gaz_span(x, k, k + 1, &h);
		}
		if (ok && j == i + 2) {
			struct gaz_hit h;
			ok = !actors_gaz_span(x, i, j, &h);
		}
		if (ok)
			return true;
	}
	/* A group named for its cause: a common noun written with a capital
	 * mid-sentence (not at a sentence's head: "Tickets for X"), then a
	 * word of actor_group_name_preps ("the Campaign for X", "Parents for
	 * X"), or a plural and one of actor_org_complement_preps. */
	if (j == i + 1 && j < x->ntok && !(x->tok[i].f & (TK_INIT | TK_HEAD | TK_UPPER)) && is_cap(x, i) &&
	    actors_tok_lower(x, j) &&
	    ((actors_tok_in(x, j, x->lx.groupprep) && (plural_like(x, i) || dict_common(x, i))) ||
	     (!x->fr && plural_like(x, i) && org_prep(x, j))))
		return true;
	for (size_t k = i; k < j; k++) {
		uint32_t kl = lx(x, k);
		if (kl & (LX_ORGCUE | LX_PLACECUE | LX_SAINT))
			return true;
		/* a title: "Secretary of State"; not "Analyst Marcus Feld of
		 * Whitcombe Securities", a titled person and an employer */
		if (kl & LX_TITLE) {
			bool person = false;
			for (size_t m = k + 1; m + 1 < j && !person; m++)
				person = (lx(x, m) & LX_FIRST) && is_cap(x, m + 1);
			if (!person)
				return true;
		}
	}
	return false;
}

static bool known_name(struct actx *x, size_t a, size_t b, struct acand *c);
static bool is_known(struct actx *x, size_t a, size_t b);
static int known_kind(struct actx *x, size_t a, size_t b);
static bool place_kind(int kind);
static bool is_roman(const struct actx *x, size_t i);
static bool org_complement(struct actx *x, size_t i, size_t j);
static bool complement_member(struct actx *x, size_t a, size_t b);
static size_t complement_list(struct actx *x, size_t j, size_t end);
static size_t slogan_tail(struct actx *x, size_t a, size_t j, size_t end);    /* fr8 */
/* French names of organisations and places without a cue word: one
 * capitalised word, « de / du / des / de l' » and a capitalised word
 * (« les Chantiers de l'Estuaire », « la coopérative Terres du Bocage »).
 * The first word is written with a capital mid-sentence, is no first
 * name, title, common word or known name; the second is no known place
 * (« la Russie de … » is two names). */
static bool fr_name_de(struct actx *x, size_t i, size_t j, size_t k)
{
	if (i + 1 < j && (lx(x, i) & LX_DET))
		i++;                /* « Les Chantiers de … » */
	if (!x->fr || j != i + 1 || (x->tok[i].f & (TK_INIT | TK_HEAD | TK_UPPER)))
		return false;
	/* After « du », « des »: a plural (« des Chantiers de … »), not « du
	 * Quark de Talvenne ». */
	if (i > 0 && !(x->tok[i - 1].f & TK_CAP) && (x->tok[i - 1].f & TK_LETTER) && !plural_like(x, i)) {
		if (actors_tok_in(x, i - 1, x->lx.articles))
			return false;
	}
	if (lx(x, i) & (LX_FIRST | LX_TITLE | LX_COMMON | LX_NOTNAME | LX_DET | LX_STOP | LX_HONOR | LX_DEMONYM |
	                LX_MONTH | LX_WEEKDAY | LX_SAINT))
		return false;
	if (lx(x, k) & (LX_FIRST | LX_TITLE | LX_HONOR | LX_MONTH | LX_WEEKDAY))
		return false;
	/* A common noun with a capital (« du Boson de Higgs », « la boson »
	 * elsewhere) makes no name. */
	const struct afold *f = actors_tok_fold(x, i);
	if (f->n_lower > f->n_capany)
		return false;
	struct gaz_hit h;
	if (is_known(x, i, i + 1))
		return false;
	/* « Terres du Cotentin », « Prés d'Anjou »: a capitalised plural keeps
	 * a known region as its complement (not « Rennes de Bretagne ») */
	bool plural = plural_like(x, i) && x->text[x->tok[i].end - 1] == 's';
	if (actors_gaz_span(x, k, k + 1, &h) && !(plural && h.kind == GAZ_REGION))
		return false;
	struct acand tmp;
	memset(&tmp, 0, sizeof tmp);
	return !known_name(x, k, k + 1, &tmp) || tmp.gaz_kind == GAZ_ORG || (plural && tmp.gaz_kind == GAZ_REGION);
}

/* Does token k's folded word end with an entry of `suf` (an ending list:
 * actor_adjective_suffixes, actor_noun_suffixes …), two letters at least
 * before it? */
static bool ends_with(struct actx *x, const lexicon *suf, size_t k)
{
	const struct afold *f = actors_tok_fold(x, k);
	return f && lex_has_ending(suf, f->fold, f->len, 2);
}

/* « basé à Briançon », « installée dans », « financé par »: a French
 * participle that opens a clause (a preposition follows) is not the name's
 * adjective. */
static bool participle_clause(struct actx *x, size_t k, size_t end)
{
	if (!x->fr || k + 1 >= end || !is_letter(x, k + 1))
		return false;
	size_t n;
	const char *w = actors_tok_text(x, k, &n);
	bool pp = (n > 3 && !memcmp(w + n - 2, "\xc3\xa9", 2)) || (n > 4 && !memcmp(w + n - 3, "\xc3\xa9" "e", 3)) ||
	          (n > 4 && !memcmp(w + n - 3, "\xc3\xa9s", 3)) || (n > 5 && !memcmp(w + n - 4, "\xc3\xa9" "es", 4));
	if (!pp)
		return false;
	return (lx(x, k + 1) & (LX_PLACEPREP | LX_CONNECT)) || actors_tok_in(x, k + 1, x->lx.agentprep);
}

/* A lower-case adjective: a demonym, a lexicon adjective, or a French
 * adjective ending (actor_adjective_suffixes). */
static bool adjective_like(struct actx *x, size_t k)
{
	if (!is_letter(x, k) || (x->tok[k].f & TK_CAP))
		return false;
	const struct afold *f = actors_tok_fold(x, k);
	if (!f || (f->lx & (LX_STOP | LX_STOPPER | LX_SPEECH | LX_CONNECT | LX_DET | LX_TITLE | LX_PLACEPREP)))
		return false;
	if (f->lx & (LX_INSTADJ | LX_DEMONYM | LX_ADJ))
		return true;
	return actors_tok_adjsuffix(x, k);
}

/* A lower-case word that cannot be inside a name: function words, verbs
 * that the lexicons know. */
static bool ordinary_lower(struct actx *x, size_t k)
{
	const struct afold *f = actors_tok_fold(x, k);
	return !f || (f->lx & (LX_STOP | LX_STOPPER | LX_SPEECH | LX_CONNECT | LX_DET | LX_PLACEPREP | LX_TITLE | LX_COMMON |
	                       LX_INDEF | LX_MONTH | LX_WEEKDAY));
}

/* « pour », « contre » (actor_org_complement_preps) inside an
 * organisation's name: « Autorité intergouvernementale pour le
 * développement », « Ligue contre le cancer ». */
static bool org_prep(struct actx *x, size_t k)
{
	size_t n;
	const char *w = actors_tok_text(x, k, &n);
	return is_letter(x, k) && !(x->tok[k].f & TK_CAP) && lex_has(x->lx.orgpreps, w, n);
}

/* After a French organisation's head (and its adjectives), at token j: a
 * complement de/des + lower-case nouns (« et » may join two: « dépôts et
 * consignations »), then maybe more complements and a capitalised name
 * (« Fédération des producteurs de lait de la Manche », « Agence régionale
 * de santé de Bretagne »).  Returns the end of the name, or 0 if there is
 * no such complement at j. */
static size_t fr_org_complement_words(struct actx *x, size_t j, size_t end);

/* ... and a region's name straight after the complement in lower case:
 * « l'Agence régionale de santé Bretagne », « la chambre régionale des
 * comptes Grand Est ». */
static size_t fr_org_complement(struct actx *x, size_t j, size_t end)
{
	size_t e = fr_org_complement_words(x, j, end);
	if (!e || e >= end || !actors_tok_lower(x, e - 1) || !is_cap(x, e) || !actors_spaced(x, e - 1))
		return e;
	for (size_t r = e + 3 < end ? e + 3 : end; r > e; r--)
		if (known_kind(x, e, r) == GAZ_REGION)
			return r;
	return e;
}

static size_t fr_org_complement_words(struct actx *x, size_t j, size_t end)
{
	bool prep = j + 1 < end && org_prep(x, j) && (lx(x, j + 1) & LX_DET) && !(x->tok[j + 1].f & TK_CAP);
	if (!(j < end && ((lx(x, j) & LX_CONNECT) || prep) && !(x->tok[j].f & TK_CAP)))
		return 0;
	size_t k = j + 1;
	if (k < end && (lx(x, k) & LX_DET) && !(x->tok[k].f & TK_CAP))
		k++;
	/* The seat straight after the adjectives: « Théâtre national de
	 * Strasbourg », « Cour suprême du Kenya »; not a person's name. */
	if (k < end && is_cap(x, k) && actors_spaced(x, k - 1) &&
	    !(lx(x, k) & (LX_FIRST | LX_HONOR | LX_TITLE | LX_MONTH | LX_WEEKDAY | LX_COMMON | LX_STOP))) {
		size_t e = k + 1;
		while (e < end && e < k + 3 && is_cap(x, e) && actors_spaced(x, e - 1))
			e++;
		return e;
	}
	size_t n0 = k;
	if (prep) {
		/* one noun and its adjectives: not « … contre le cancer alerte » */
		if (!(k < end && is_letter(x, k) && !(x->tok[k].f & TK_CAP) && !ordinary_lower(x, k)))
			return 0;
		k++;
		for (size_t a = k; k < end && k < a + 2 && adjective_like(x, k) && actors_spaced(x, k - 1);)
			k++;
		return k;
	}
	while (k < end && k < n0 + 3 && is_letter(x, k) && !(x->tok[k].f & TK_CAP) && !ordinary_lower(x, k))
		k++;
	if (k == n0)
		return 0;
	/* « dépôts et consignations », « commerçants et artisans » */
	if (k + 1 < end && (lx(x, k) & LX_CONJ) && !(x->tok[k].f & TK_CAP) && is_letter(x, k + 1) &&
	    !(x->tok[k + 1].f & TK_CAP) && !ordinary_lower(x, k + 1) && actors_spaced(x, k) && !(lx(x, k + 1) & LX_DET))
		k += 2;
	size_t m = k;
	for (int more = 0; more < 3; more++) {
		size_t q = m;
		/* « … du médicament et des produits de santé » */
		if (q + 1 < end && (lx(x, q) & LX_CONJ) && !(x->tok[q].f & TK_CAP) && (lx(x, q + 1) & LX_CONNECT) &&
		    !(x->tok[q + 1].f & TK_CAP))
			q++;
		if (!(q < end && ((lx(x, q) & LX_CONNECT) || org_prep(x, q)) && !(x->tok[q].f & TK_CAP)))
			break;
		q++;
		if (q < end && (lx(x, q) & LX_DET) && !(x->tok[q].f & TK_CAP))
			q++;
		if (!(q < end && is_letter(x, q) && !(x->tok[q].f & TK_CAP) && !ordinary_lower(x, q)))
			break;
		m = q + 1;
		/* « … des amicales de bouilleurs fermiers du Cantal » */
		for (size_t a = m; m < end && m < a + 2 && adjective_like(x, m) && actors_spaced(x, m - 1) &&
		                   !participle_clause(x, m, end);)
			m++;
	}
	if (m < end && (lx(x, m) & LX_CONNECT) && !(x->tok[m].f & TK_CAP)) {
		size_t q = m + 1;
		if (q < end && (lx(x, q) & LX_DET) && !(x->tok[q].f & TK_CAP))
			q++;
		if (q < end && is_cap(x, q)) {
			size_t e = q + 1;
			while (e < end && is_cap(x, e) && actors_spaced(x, e - 1))
				e++;
			return e;
		}
	}
	/* Several complements and their adjectives make the name when a clear
	 * boundary follows them (punctuation, a verb the lexicons know, the
	 * end of the sentence): « Association de défense des riverains du
	 * canal (ADRC) », « Fédération nationale des amicales de sonneurs
	 * montagnards a … ». */
	if (m > k) {
		size_t e = m;
		while (e < end && e < m + 2 && adjective_like(x, e) && actors_spaced(x, e - 1))
			e++;
		if (e >= end || !is_letter(x, e) || (lx(x, e) & (LX_STOPPER | LX_SPEECH | LX_COPULA)))
			return e;
	}
	return k;    /* the nouns: Cour d'assises, Cour des comptes, Caisse des dépôts et consignations */
}

/* A capitalised common noun opening a French institution's name after an
 * article: « la Coordination rurale », « la Sécurité sociale » (an ending
 * of actor_noun_suffixes; no given name, title or known name). */
static bool noun_head(struct actx *x, size_t p)
{
	bool art = after_article(x, p) || (p > 0 && (x->tok[p - 1].f & TK_INIT) && (lx(x, p - 1) & LX_DET));
	if (!x->fr || !is_cap(x, p) || (x->tok[p].f & (TK_INIT | TK_UPPER)) || !art ||
	    (lx(x, p) & (LX_FIRST | LX_TITLE | LX_HONOR | LX_MONTH | LX_WEEKDAY | LX_DEMONYM)))
		return false;
	return ends_with(x, x->lx.nounsuf, p) && !is_known(x, p, p + 1);
}

/* A hyphenated word with a lower-case link of actor_place_hyphen_links
 * between capitalised parts: Boulogne-sur-Mer, Villeneuve-lès-Avignon,
 * Côtes-d'Armor. */
static bool hyphen_place(struct actx *x, size_t k)
{
	size_t n;
	const char *w = actors_tok_text(x, k, &n);
	if (!lex_size(x->lx.placelinks) || !memchr(w, '-', n))
		return false;
	const char *h = memchr(w, '-', n);
	while (h) {
		const char *p = h + 1, *e = memchr(p, '-', (size_t)(w + n - p));
		const char *q = p;
		/* d'Armor: the link ends at its apostrophe */
		while (q < (e ? e : w + n) && *q != '\'' && (unsigned char)*q != 0xE2)
			q++;
		size_t ln = q < (e ? e : w + n) ? (size_t)(q - p) + ((unsigned char)*q == 0xE2 ? 3 : 1) : 0;
		if (!ln && e)
			ln = (size_t)(e - p);
		bool lower = ln > 0 && *p >= 'a' && *p <= 'z';
		if (lower && lex_has(x->lx.placelinks, p, ln) && (e || ln < (size_t)(w + n - p)))
			return true;
		h = e;
	}
	return false;
}

/* « Météo-France »: one hyphenated word whose last part is a country's
 * name and which is no place's shape nor a known name itself. */
static bool country_hyphen(struct actx *x, size_t k)
{
	size_t n;
	const char *w = actors_tok_text(x, k, &n);
	const char *h = n > 4 ? memrchr(w, '-', n) : NULL;
	struct gaz_hit gh;
	return h && h > w && (size_t)(w + n - h - 1) >= 3 && is_cap(x, k) && !hyphen_place(x, k) && !is_known(x, k, k + 1) &&
	       actors_gaz_find(x->gaz, h + 1, (size_t)(w + n - h - 1), &gh) && gh.kind == GAZ_COUNTRY;
}

/* A brand in camel case: a capital after lower-case letters inside the
 * word (NovaWatt, PayPal, easyJet), not after a family name's prefix
 * (McCain, DeSantis: actor_name_prefixes). */
static bool camel_case(struct actx *x, size_t k)
{
	const char *t = x->text + x->tok[k].start;
	size_t n = x->tok[k].end - x->tok[k].start;
	for (size_t i = 1; i + 1 < n; i++) {
		if (t[i] == '-' || t[i] == '\'' || (unsigned char)t[i] >= 0x80)
			return false;
		if (t[i] >= 'A' && t[i] <= 'Z' && t[i - 1] >= 'a' && t[i - 1] <= 'z' && t[i + 1] >= 'a' && t[i + 1] <= 'z')
			return !lex_has(x->lx.nameprefix, t, i);
	}
	return false;
}

/* « les Vannetais », « des Brestois »: after an article, a capitalised
 * word with an inhabitants' ending (actor_demonym_suffixes) that no
 * lexicon knows. */
static bool inhabitants(struct actx *x, size_t k)
{
	if (!lex_size(x->lx.demsuf) || k == 0 || !is_letter(x, k - 1) ||
	    ((x->tok[k - 1].f & TK_CAP) && !(x->tok[k - 1].f & TK_INIT)) ||
	    (!(lx(x, k - 1) & (LX_DET | LX_INDEF)) && !actors_tok_in(x, k - 1, x->lx.pluraldet)) ||
	    (lx(x, k) & (LX_FIRST | LX_TITLE)))
		return false;
	bool suf = ends_with(x, x->lx.demsuf, k);
	/* « le refuge des Écrins », « le théâtre des Célestins »: after a cue
	 * noun, « des », « aux » open the rest of a name */
	if (!(lx(x, k - 1) & LX_DET) && k >= 2 && is_letter(x, k - 2) && !(x->tok[k - 2].f & TK_CAP) &&
	    (lx(x, k - 2) & (LX_PLACECUE | LX_ORGCUE | LX_ORGCLASS)))
		return false;
	/* a plural article: les, des, aux, ces */
	const struct afold *d = actors_tok_fold(x, k - 1);
	bool plural = d && d->len >= 2 && (d->fold[d->len - 1] == 's' || d->fold[d->len - 1] == 'x');
	return suf && plural && !is_known(x, k, k + 1);
}

/* Does an age follow word k: « de 27 ans », ", 27 ans", "aged 34", ", 34,"
 * (actor_age_preps, actor_age_units)? */
static bool age_after(struct actx *x, size_t k, size_t s1)
{
	if (k + 1 >= s1)
		return false;
	size_t n = k;
	bool comma = actors_tok_punct(x, n, ',');
	if (!comma && !actors_tok_in(x, n, x->lx.ageprep))
		return false;
	n++;
	if (!(x->tok[n].f & TK_NUM) || x->tok[n].end - x->tok[n].start > 3)
		return false;
	n++;
	if (n < s1 && actors_tok_in(x, n, x->lx.ageunit))
		return true;
	/* "aged 34" needs no unit; ", 34," closes the age with a comma */
	return comma ? n < s1 && actors_tok_punct(x, n, ',') : !lex_size(x->lx.ageunit);
}

/* « Le Béarnais de 31 ans, qui … », "the Cornishman, 41,": a capitalised
 * word after a singular definite article and before an age describes a
 * person the article has named; it is no name of its own. */
static bool described_by_age(struct actx *x, size_t a, size_t j, size_t s0, size_t s1)
{
	if (j - a != 1 || a <= s0 || !(lx(x, a - 1) & LX_DET) || (lx(x, a) & (LX_FIRST | LX_TITLE)) ||
	    !age_after(x, j, s1))
		return false;
	const struct afold *d = actors_tok_fold(x, a - 1);
	bool plural = d && d->len >= 2 && (d->fold[d->len - 1] == 's' || d->fold[d->len - 1] == 'x');
	return !plural && !is_known(x, a, j);
}

/* fr8: « un Vosgien retraité », « une Lyonnaise installée à Brest »:
 * after a singular indefinite article (actor_demonym_indefinites), a
 * capitalised word with an inhabitant's ending (actor_demonym_singular_suffixes)
 * that no lexicon knows describes a person; it is no name. */
static bool indef_inhabitant(struct actx *x, size_t a, size_t s0)
{
	if (!x->lx.demindef || !x->lx.demsingsuf || a <= s0 || !is_letter(x, a - 1) ||
	    ((x->tok[a - 1].f & TK_CAP) && !(x->tok[a - 1].f & TK_INIT)) || (lx(x, a) & (LX_FIRST | LX_TITLE | LX_HONOR)) ||
	    !actors_tok_in(x, a - 1, x->lx.demindef) || !ends_with(x, x->lx.demsingsuf, a))
		return false;
	return !is_known(x, a, a + 1);
}

/* « le Trévarois », « du Kerlénais »: an inhabitants' ending after a
 * singular masculine article names the country around a town. */
static bool pays_name(struct actx *x, size_t k)
{
	if (!x->fr || !lex_size(x->lx.demsuf) || k == 0 || !is_letter(x, k - 1) || (x->tok[k - 1].f & TK_CAP) ||
	    (lx(x, k) & (LX_FIRST | LX_TITLE | LX_DEMONYM)))
		return false;
	const struct afold *d = actors_tok_fold(x, k - 1);
	bool masc = d && d->len == 2 && (!memcmp(d->fold, "le", 2) || !memcmp(d->fold, "du", 2) || !memcmp(d->fold, "au", 2));
	return masc && ends_with(x, x->lx.demsuf, k) && !is_known(x, k, k + 1);
}

/* Can word k qualify a place's name in English: a compass word (West
 * Yorkshire, Greater Manchester) or an adjective's ending (Central,
 * Northern, Arctic)?  Not "Statistics", "Police". */
static bool adjective_shape(struct actx *x, size_t k)
{
	static const char *const word[] = {"north", "south", "east", "west", "upper", "lower", "greater", "inner",
	                                   "outer", "mid", "old", "new", "great", "little", "high", "low"};
	static const char *const end[] = {"al", "ern", "ic", "ian", "ish", "ese", "ine", "ior"};
	size_t n;
	const char *w = actors_tok_text(x, k, &n);
	for (size_t i = 0; i < ARRAY_LEN(word); i++)
		if (n == strlen(word[i]) && !strncasecmp(w, word[i], n))
			return true;
	for (size_t i = 0; i < ARRAY_LEN(end); i++) {
		size_t m = strlen(end[i]);
		if (n > m + 2 && !strncmp(w + n - m, end[i], m))
			return true;
	}
	return false;
}

/* Does token k hold an upper-case letter (« 3F »)? */
static bool has_capital(const struct actx *x, size_t k)
{
	for (size_t b = x->tok[k].start; b < x->tok[k].end; b++)
		if (x->text[b] >= 'A' && x->text[b] <= 'Z')
			return true;
	return false;
}

/* An acronym (« FDSEA ») or a local institution's acronym written as a
 * word (« Samu », « Sdis »: actor_local_institutions). */
static bool seat_acronym(struct actx *x, size_t k)
{
	return (x->tok[k].f & TK_UPPER) || (is_cap(x, k) && actors_tok_localinst(x, k));
}

/* After an acronym, at token j: de/du/des/d' (and an article) and a place
 * the packs know; or one word with a town's shape (hyphen_place), or
 * any one word after an acronym of actor_local_institutions (CHU, CCI,
 * IUT …).  Returns the end of the seat, or 0. */
/* At token j: de/du/des/d' and an article before a capitalised word that
 * is not an acronym.  Returns that word's token, or 0. */
static size_t seat_start(struct actx *x, size_t j, size_t end)
{
	if (!(j + 1 < end && (lx(x, j) & LX_CONNECT) && !(x->tok[j].f & TK_CAP) && actors_spaced(x, j - 1)))
		return 0;
	size_t k = j + 1;
	if (k < end && (lx(x, k) & LX_DET) && !(x->tok[k].f & TK_CAP))
		k++;
	if (k >= end || !is_cap(x, k) || (x->tok[k].f & TK_UPPER))
		return 0;
	return k;
}

/* The end of the longest place the packs know, of up to three words,
 * that starts at token k and ends by `end`; or 0. */
static size_t known_place_at(struct actx *x, size_t k, size_t end)
{
	for (size_t e = k + 3 < end ? k + 3 : end; e > k; e--)
		if (place_kind(known_kind(x, k, e)))
			return e;
	return 0;
}

static size_t acronym_seat(struct actx *x, size_t j, size_t end)
{
	size_t k = seat_start(x, j, end), e = k ? known_place_at(x, k, end) : 0;
	if (!k || e)
		return e;
	/* else a town's shape (« IUT de Saint-Brieuc-sur-Gouët »), not a
	 * company's name (« la CFE-CGC de Cyclis ») */
	if ((lx(x, k) & (LX_FIRST | LX_TITLE | LX_HONOR | LX_MONTH | LX_WEEKDAY | LX_STOP | LX_COMMON | LX_ORGCUE)) ||
	    is_known(x, k, k + 1) || (k + 1 < end && is_cap(x, k + 1) && actors_spaced(x, k)))
		return 0;
	size_t an;
	const char *acr = actors_tok_text(x, j - 1, &an);
	return hyphen_place(x, k) || lex_has(x->lx.localinst, acr, an) ? k + 1 : 0;
}

/* Code point c without its marks, case-folded: É -> e. */
static int32_t base_letter(int32_t c)
{
	UErrorCode err = U_ZERO_ERROR;
	const UNormalizer2 *nfd = unorm2_getNFDInstance(&err);
	UChar d[8];
	if (U_SUCCESS(err) && unorm2_getDecomposition(nfd, c, d, ARRAY_LEN(d), &err) > 0 && U_SUCCESS(err) &&
	    !U16_IS_SURROGATE(d[0]))
		c = d[0];
	return u_foldCase(c, U_FOLD_CASE_DEFAULT);
}

/* A French organisation's name goes on over lower-case complements, commas
 * and « et » to the acronym in brackets when the initials of its content
 * words [h, …) spell that acronym (one word of four or more may have no
 * letter in it: « Office régional pour la vigne, le houblon et les
 * vergers (Orvh) »): « Agence départementale des phares, des digues et des
 * balises (Adpdb) », « Syndicat intercommunal d'élagage et de fauchage
 * (Sief 45) ».  Returns the position of "(" or 0. */
static size_t fr_spelled_tail(struct actx *x, size_t h, size_t j, size_t end)
{
	size_t k = j;
	while (k < end && k < j + 16 && x->tok[k].sent == x->tok[j - 1].sent &&
	       (actors_tok_lower(x, k) || actors_tok_punct(x, k, ',')))
		k++;
	if (k == j || k + 2 >= end || !actors_tok_punct(x, k, '(') || !is_cap(x, k + 1) ||
	    !actors_tok_lower(x, k - 1) || (lx(x, k - 1) & (LX_STOP | LX_DET | LX_CONNECT | LX_CONJ)))
		return 0;
	size_t close = k + 2;
	if (close + 1 < end && (x->tok[close].f & TK_NUM) && actors_spaced(x, k + 1))
		close++;      /* (Sdis 974) */
	if (!actors_tok_punct(x, close, ')'))
		return 0;
	int32_t ac[10];
	size_t an = 0, n, i = 0;
	const char *w = actors_tok_text(x, k + 1, &n);
	while (i < n) {
		int32_t c = utf8_next(w, n, &i);
		if (!u_isalpha(c) || an == ARRAY_LEN(ac))
			return 0;
		ac[an++] = base_letter(c);
	}
	if (an < 3)
		return 0;
	size_t m = 0, missed = 0;
	for (size_t q = h; q < k; q++) {
		if (actors_tok_punct(x, q, ','))
			continue;
		if (!(x->tok[q].f & TK_LETTER))
			return 0;
		if (actors_tok_lower(x, q) && ((lx(x, q) & (LX_STOP | LX_DET | LX_CONNECT | LX_CONJ)) || org_prep(x, q)))
			continue;
		w = actors_tok_text(x, q, &n);
		i = 0;
		if (m < an && base_letter(utf8_next(w, n, &i)) == ac[m])
			m++;
		else if (q == h || ++missed > (an >= 4 ? 1u : 0u))
			return 0;
	}
	return m == an ? k : 0;
}

/* An organisation's name that goes on to the acronym it is given in
 * brackets: « Communauté économique des États de l'Afrique de l'Ouest
 * (Cédéao) », "Association of Coastal Towns (ACT)".  The run [i, j) holds
 * a cue word; up to ten connectors, articles, capitalised words or
 * adjectives lead to "(" and one word in capitals (or written like a
 * name) with the head's initial, then ")".  Returns the new end or j. */
static size_t bracket_tail(struct actx *x, size_t i, size_t j, size_t end)
{
	size_t h = i;
	while (h < j && !is_cap(x, h))
		h++;
	if (h + 1 < j && (lx(x, h) & LX_DET))
		h++;                  /* La Communauté, The Association */
	bool cue = false;
	for (size_t k = h; k < j && !cue; k++)
		cue = is_cap(x, k) && (lx(x, k) & LX_ORGCUE);
	if (x->fr && cue && h < j) {
		size_t e = fr_spelled_tail(x, h, j, end);
		if (e)
			return e;
	}
	if (j >= end || !actors_spaced(x, j - 1))
		return j;
	size_t k = j;
	while (k < end && k < j + 10 && is_letter(x, k) &&
	       (is_cap(x, k) || ((lx(x, k) & (LX_CONNECT | LX_DET | LX_CONJ | LX_PLACEPREP)) && !(x->tok[k].f & TK_CAP)) ||
	        adjective_like(x, k)))
		k++;
	if (k == j || k + 2 >= end || !actors_tok_punct(x, k, '(') || !actors_tok_punct(x, k + 2, ')') ||
	    !is_cap(x, k + 1) || !is_cap(x, k - 1))
		return j;
	const char *ac = x->text + x->tok[k + 1].start, *hd = x->text + x->tok[h].start;
	size_t an = x->tok[k + 1].end - x->tok[k + 1].start;
	if (an < 2 || an > 10 || ac[0] != hd[0])
		return j;
	if (cue)
		return k;
	/* No cue word: the capitals' initials must spell the acronym, one
	 * letter of it may be missing ("Cloud Infrastructure Providers in
	 * Europe (CISPE)"). */
	size_t m = 0, caps = 0;
	for (size_t q = h; q < k; q++) {
		if (!is_cap(x, q))
			continue;
		caps++;
		char c0 = x->text[x->tok[q].start];
		while (m < an && (ac[m] | 0x20) != (c0 | 0x20))
			m++;
		if (m == an)
			return j;
		m++;
	}
	return caps >= 2 && caps + 1 >= an ? k : j;
}

/* Length of the run starting at i (< end). */
/* pl8: is token k a lower-case geographical noun that an English place
 * name takes after it ("the Arrow valley", "the Kesh mountains", "the
 * Ardmore region"): an actor_place_cues word of kind part, or "region"? */
static bool geo_noun(struct actx *x, size_t k)
{
	if (!is_letter(x, k) || (x->tok[k].f & TK_CAP))
		return false;
	const char *v = actors_placecue(x, k);
	return v && (!strcmp(v, "part") || (x->tok[k].end - x->tok[k].start == 6 && !memcmp(x->text + x->tok[k].start, "region", 6)));
}

/* Is token k a capitalised street's or building's noun that ends an
 * English place name ("Street", "Station", "Square": actor_place_cues,
 * kind suffix)? */
static bool venue_head(struct actx *x, size_t k)
{
	if (!is_letter(x, k) || !is_cap(x, k) || (x->tok[k].f & TK_UPPER))
		return false;
	const char *v = actors_placecue(x, k);
	return v && !strcmp(v, "suffix");
}

/* pl8: does the English run [i, j) of one or two capitalised words, after
 * a lower-case "the" and unknown to the gazetteer, go on with such a noun
 * at j?  "the Arrow valley" is one place's name; "the Paris region" stays
 * Paris. */
static bool geo_noun_after(struct actx *x, size_t i, size_t j, size_t end)
{
	if (x->fr || j >= end || j - i > 2 || i == 0 || x->tok[i - 1].sent != x->tok[i].sent || !geo_noun(x, j) ||
	    !actors_spaced(x, j - 1))
		return false;
	if (!is_letter(x, i - 1) || (x->tok[i - 1].f & TK_CAP) || !(lx(x, i - 1) & LX_DET))
		return false;
	for (size_t k = i; k < j; k++)
		if (!is_cap(x, k) || (x->tok[k].f & (TK_UPPER | TK_POSS)) ||
		    (lx(x, k) & (LX_FIRST | LX_TITLE | LX_ORGCUE | LX_PLACECUE | LX_DEMONYM | LX_STOP | LX_COMMON)))
			return false;
	return !is_known(x, i, j);
}

/* At j, words naming a part of the place before them: an adjective
 * (actor_place_adjectives: « métropolitaine ») or « de l' », « du » and a
 * point of the compass (actor_compass_regions: « de l'Est »).  Their end,
 * or 0. */
static size_t place_part_tail(struct actx *x, size_t j, size_t end)
{
	if (j >= end || !is_letter(x, j) || (x->tok[j].f & TK_CAP))
		return 0;
	if (actors_tok_in(x, j, x->lx.placeadj))
		return j + 1;
	/* « l'Afrique de l'Est », « l'Europe du Nord »: a point of the compass */
	size_t k = j + 1;
	if (!(lx(x, j) & LX_CONNECT))
		return 0;
	if (k < end && is_letter(x, k) && !(x->tok[k].f & TK_CAP) && (lx(x, k) & LX_DET))
		k++;
	return k < end && is_cap(x, k) && actors_lex_span(x, x->lx.compass, k, k + 1) ? k + 1 : 0;
}

/* « la France métropolitaine », « l'Afrique de l'Est »: a known country or
 * region (with its article) and the words after it naming a part of it
 * (place_part_tail()) are one place.  The end of the whole, or 0. */
static size_t place_part_adjective(struct actx *x, size_t i, size_t j, size_t end)
{
	size_t e = j > i && j < end && actors_spaced(x, j - 1) ? place_part_tail(x, j, end) : 0;
	if (!e || (e < end && is_cap(x, e) && actors_spaced(x, e - 1)))
		return 0;
	size_t a = i + 1 < j && (lx(x, i) & LX_DET) ? i + 1 : i;
	int kind = known_kind(x, a, j);
	return kind == GAZ_COUNTRY || kind == GAZ_REGION ? e : 0;
}

/* Words that neither open nor close a person's name around a nickname. */
#define NICK_BAD (LX_TITLE | LX_ORGCUE | LX_PLACECUE | LX_STOP | LX_DET | LX_COMMON | LX_NOTNAME | LX_MONTH | \
                  LX_WEEKDAY | LX_DEMONYM | LX_HONOR | LX_CONNECT)

/* pl8: a nickname in double quotation marks inside a person's name: p a
 * capitalised word, then at j an opening mark after a space, one or two
 * capitalised words written against it, the closing mark against them and
 * a capitalised word after a space (Walter "Walt" Osgood).  The token
 * after the closing mark's word (the surname) + 1, else 0: the name goes
 * on after it. */
static size_t nickname_end(struct actx *x, size_t p, size_t j, size_t end)
{
	if (!(x->tok[p].f & TK_LETTER) || !is_cap(x, p) || (x->tok[p].f & TK_UPPER) || (lx(x, p) & NICK_BAD) ||
	    j + 3 >= end || !(x->tok[j].f & TK_PUNCT) || !actors_dquote(x->tok[j].cp) || !actors_spaced(x, p) ||
	    (actors_spaced(x, j) && x->tok[j].cp != 0xAB))
		return 0;
	size_t k = j + 1, n = 0;
	while (k < end && n < 2 && is_letter(x, k) && is_cap(x, k) && !(x->tok[k].f & TK_UPPER) && !(lx(x, k) & NICK_BAD)) {
		k++;
		n++;
	}
	if (!n || k + 1 >= end || !(x->tok[k].f & TK_PUNCT) || !actors_dquote(x->tok[k].cp) ||
	    (x->tok[k].start > x->tok[k - 1].end && x->tok[k].cp != 0xBB) || !actors_spaced(x, k))
		return 0;
	size_t s = k + 1;
	if (!is_letter(x, s) || !is_cap(x, s) || (x->tok[s].f & TK_UPPER) || (lx(x, s) & NICK_BAD))
		return 0;
	return s + 1;
}

/* One capitalised word standing alone, no given name, acronym, function
 * word or known name: a member of a firm's list of names. */
static bool list_word(struct actx *x, size_t k, size_t end)
{
	return k < end && is_cap(x, k) && !(x->tok[k].f & (TK_UPPER | TK_INITIAL)) &&
	       !(lx(x, k) & (LX_FIRST | LX_DET | LX_STOP | LX_COMMON | LX_TITLE | LX_ORGCUE | LX_PLACECUE)) &&
	       !is_known(x, k, k + 1) && (k + 1 >= end || !is_cap(x, k + 1));
}

static size_t extend(struct actx *x, size_t i, size_t end)
{
	size_t j = i + 1;
	while (j < end) {
		size_t p = j - 1;
		/* The head opens the run, after at most a determiner or an
		 * ordinary sentence-initial word (« Au Crédit lyonnais »). */
		size_t h0 = i + ((lx(x, i) & (LX_DET | LX_STOP | LX_COMMON)) && i + 1 < j ? 1 : 0);
		bool head_first = p == h0;
		bool org_head = x->fr && h0 < j && (lx(x, h0) & LX_ORGCUE) && is_cap(x, h0);
		/* Dot after an initial, an abbreviation or an honorific: J. K. Rowling, St. Anthony. */
		/* ... or after English dotted initials: D.O. Freight Services. */
		bool dotted = !x->fr && (x->tok[p].f & TK_UPPER) &&
		              memchr(x->text + x->tok[p].start, '.', x->tok[p].end - x->tok[p].start);
		if ((x->tok[p].f & TK_DOTNEXT) && (x->tok[p].f & TK_INITIAL || lx(x, p) & (LX_ABBREV | LX_HONOR) || dotted) &&
		    j + 1 < end && actors_tok_punct(x, j, '.') && is_cap(x, j + 1) && actors_spaced(x, j) &&
		    !(!x->fr && (lx(x, j + 1) & (LX_DET | LX_STOP)))) {    /* "to the U.S. The firm" */
			j += 2;
			continue;
		}
		/* Hyphenated initials: « J.-M. Durand ». */
		if ((x->tok[p].f & TK_INITIAL) && (x->tok[p].f & TK_DOTNEXT) && j + 4 < end && actors_tok_punct(x, j, '.') &&
		    actors_tok_punct(x, j + 1, '-') && (x->tok[j + 2].f & TK_INITIAL) && actors_tok_punct(x, j + 3, '.') &&
		    x->tok[j + 1].start == x->tok[j].end && x->tok[j + 2].start == x->tok[j + 1].end &&
		    x->tok[j + 3].start == x->tok[j + 2].end && actors_spaced(x, j + 3) && is_cap(x, j + 4)) {
			j += 5;
			continue;
		}
		/* A nickname in quotation marks between a given name and a
		 * surname: Walter "Walt" Osgood, « Jean « Jeannot » Marchal »
		 * (pl8: the name runs across the marks). */
		{
			size_t m = nickname_end(x, p, j, end);
			if (m) {
				j = m;
				continue;
			}
		}
		if (x->tok[p].f & TK_PUNCT)
			break;
		/* A possessive ends the name, except a saint's place: St. Anthony’s Dining Room. */
		if (x->tok[p].f & TK_POSS) {
			/* ... and a common noun's: King’s College, Children’s Hospital. */
			const struct afold *pf = actors_tok_fold(x, p);
			bool common = (lx(x, p) & (LX_TITLE | LX_COMMON)) || (pf && pf->n_lower > 0);
			bool org = common && is_cap(x, j) && (lx(x, j) & LX_ORGCUE);
			if (!org && (!(lx(x, i) & LX_SAINT) || !is_cap(x, j)))
				break;
		}
		/* A plural possessive inside an organisation's name: "Airline
		 * Pilots' Association", "Ferry Workers’ Union". */
		if (!x->fr && is_cap(x, p) && x->text[x->tok[p].end - 1] == 's' && j + 1 < end &&
		    (actors_tok_punct(x, j, '\'') || actors_tok_punct(x, j, 0x2019)) && x->tok[j].start == x->tok[p].end &&
		    actors_spaced(x, j) && is_cap(x, j + 1)) {
			size_t m = j + 1;
			bool cue = false, owner = false;
			while (m < end && m < j + 4 && is_cap(x, m) && (m == j + 1 || actors_spaced(x, m - 1)))
				cue |= (lx(x, m++) & LX_ORGCUE) != 0;
			/* not "the Department of Canals and Inland Waterways' Office of…":
			 * two names (a cue word with its complement, or last); "the
			 * Oakmere Rowing Members' Trust" is one */
			bool of = (lx(x, p) & LX_ORGCUE) != 0;
			for (size_t k = i; k < p && !of; k++)
				of = actors_tok_lower(x, k) && (lx(x, k) & LX_CONNECT);
			for (size_t k = i; k < j && !owner && of; k++)
				owner = is_cap(x, k) && (lx(x, k) & LX_ORGCUE);
			if (cue && !owner) {
				j = m;
				continue;
			}
		}
		/* L'Équipe, D'Alema: an elided capital joins the next word. */
		if (is_cap(x, j) && j == i + 1 && (x->tok[p].f & TK_ELIDED) && x->tok[j].start == x->tok[p].end) {
			j++;
			continue;
		}
		/* Kévin N'Diaye, Mary O'Neill: an elided capital inside a name
		 * joins the capital it is written against. */
		if (is_cap(x, j) && (x->tok[j].f & TK_ELIDED) && actors_spaced(x, p) && j + 1 < end &&
		    x->tok[j + 1].start == x->tok[j].end && is_cap(x, j + 1)) {
			j += 2;
			continue;
		}
		if (is_cap(x, j) && actors_spaced(x, p) && !(x->tok[j].f & TK_ELIDED)) {
			/* A date is no part of a name: "Published May 14". */
			if ((lx(x, j) & (LX_MONTH | LX_WEEKDAY)) && j + 1 < end && (x->tok[j + 1].f & TK_NUM))
				break;
			j++;
			continue;
		}
		/* Known names with lower-case words: « Crédit agricole », « Arabie saoudite ». */
		if ((lx(x, p) & LX_MWFIRST) && p == h0 && !((lx(x, p) & LX_DET) && j < end && !is_cap(x, j))) {
			/* (not « La réunion » for « La Réunion »: after an article, a capital) */
			size_t best = 0;
			for (size_t m = j + 1; m <= j + 3 && m <= end; m++) {
				if (is_known(x, i, m) || (h0 > i && is_known(x, h0, m)))
					best = m;    /* with or without its article: « Le Journal du dimanche » */
			}
			if (best) {
				j = best;
				/* « Parti communiste français »: the country's adjective
				 * is part of an organisation's name. */
				if (x->fr && j < end && (lx(x, j) & LX_DEMONYM) && !(x->tok[j].f & TK_CAP) && actors_spaced(x, j - 1) &&
				    (lx(x, h0) & LX_ORGCUE))
					j++;
				continue;
			}
		}
		/* French organisations: a capitalised head and lower-case adjectives
		 * (Assemblée nationale, Cour pénale internationale, Front national). */
		if (((x->fr && (lx(x, p) & LX_ORGCUE) && is_cap(x, p) && head_first) || (org_head && is_cap(x, p) && p > h0) ||
		     (head_first && !(lx(x, j) & LX_DEMONYM) && noun_head(x, p))) &&
		    adjective_like(x, j) && actors_spaced(x, p)) {
			size_t k = j;
			while (k < end && k < j + 3 && adjective_like(x, k) && actors_spaced(x, k - 1) && !participle_clause(x, k, end))
				k++;
			if (k == j)
				break;
			/* and its complement: « Agence régionale de santé de Bretagne » */
			size_t c = fr_org_complement(x, k, end);
			j = c ? c : k;
			break;
		}
		/* French organisations: a head, de/des + a lower-case noun, and
		 * maybe a place: « Cour d'assises », « Cour des comptes »,
		 * « Association des leaders religieux du Mali ». */
		if (x->fr && is_cap(x, p) && (((lx(x, p) & LX_ORGCUE) && head_first) || (org_head && p > h0))) {
			size_t c = fr_org_complement(x, j, end);
			if (c) {
				j = c;
				break;
			}
		}
		/* An acronym and its seat: « CHU de Nantes », « FDSEA du
		 * Morbihan », « IUT d'Annecy »: a local branch's name. */
		if (x->fr && p == h0 && x->tok[p].end - x->tok[p].start >= 2 && !is_roman(x, p) && seat_acronym(x, p) &&
		    !(p > 0 && is_letter(x, p - 1) && !(x->tok[p - 1].f & TK_CAP) && (lx(x, p - 1) & LX_TITLE))) {
			/* not « le député LR de la Manche »: a party, then a seat */
			size_t e = acronym_seat(x, j, end);
			if (e) {
				j = e;
				break;
			}
		}
		/* ... and a branch's name between them: « CFDT Métallurgie du
		 * Morbihan », a known place only. */
		if (x->fr && p == h0 + 1 && (x->tok[h0].f & TK_UPPER) && x->tok[h0].end - x->tok[h0].start >= 2 &&
		    !is_roman(x, h0) && actors_spaced(x, h0) && is_cap(x, p) && !(x->tok[p].f & (TK_UPPER | TK_ELIDED)) &&
		    !(lx(x, p) & (LX_FIRST | LX_TITLE | LX_HONOR | LX_DEMONYM | LX_MONTH | LX_WEEKDAY)) && !is_known(x, p, j)) {
			size_t k = seat_start(x, j, end), e = k ? known_place_at(x, k, end) : 0;
			if (e) {
				j = e;
				break;
			}
		}
		/* A road and its number: Route 54, Interstate 95; in English also
		 * after other words ("State Highway 64") and a district's number
		 * after its one word ("District 2"), not a year. */
		if ((p == i || !x->fr) && (x->tok[j].f & TK_NUM) && actors_spaced(x, p)) {
			const char *v = actors_placecue(x, p);
			bool small = x->tok[j].end - x->tok[j].start <= 3;
			if (v && ((!strcmp(v, "road") && (p == i || small)) || (!x->fr && p == i && small && !strcmp(v, "class")))) {
				j++;
				break;
			}
		}
		/* Letters and digits with a capital end a company's name:
		 * « Immobilière 3F », "Studio 4K". */
		if ((x->tok[j].f & (TK_NUM | TK_LETTER)) && x->text[x->tok[j].start] >= '0' && x->text[x->tok[j].start] <= '9' &&
		    actors_spaced(x, p) && is_cap(x, p) && has_capital(x, j) &&
		    (j + 1 >= end || !(x->tok[j + 1].f & TK_LETTER) || !is_cap(x, j + 1))) {
			j++;
			break;
		}
		/* "&" between capitals. */
		if (actors_tok_punct(x, j, '&') && j + 1 < end && is_cap(x, j + 1)) {
			j += 2;
			continue;
		}
		/* A partnership's names: "Tallack, Hollis & Garrow". */
		if (actors_tok_punct(x, j, ',') && j + 3 < end && is_cap(x, j + 1) && actors_tok_punct(x, j + 2, '&') &&
		    is_cap(x, j + 3) && !(lx(x, i) & (LX_FIRST | LX_HONOR | LX_TITLE)) && !is_known(x, i, j)) {
			j += 4;
			continue;
		}
		/* A conjunction between capitals when a cue word ends the name:
		 * "Securities and Exchange Commission", "Food and Drug Administration". */
		if (!x->fr && is_letter(x, j) && !(x->tok[j].f & TK_CAP) && (lx(x, j) & LX_CONJ) && j + 1 < end &&
		    is_cap(x, j + 1) && !(lx(x, i) & LX_FIRST)) {
			size_t m = j + 1;
			while (m < end && is_cap(x, m) && actors_spaced(x, m - 1) && m < j + 5)
				m++;
			if ((lx(x, m - 1) & LX_ORGCUE) && m - 1 > j + 1) {
				j = m;
				continue;
			}
			/* Inside an organisation's complement: "Department of Parks and
			 * Recreation", "Association of School and College Leaders";
			 * not "the Ministry of Defence and NATO". */
			if (org_complement(x, i, j) && complement_member(x, j + 1, m)) {
				j = m;
				continue;
			}
			/* A body's prefix or a country's code, one word and a second one
			 * after "and": "HM Revenue and Customs", "UK Research and
			 * Innovation". */
			if (j == i + 2 && m == j + 2 && is_cap(x, i + 1) && !(x->tok[i + 1].f & TK_UPPER) &&
			    ((lx(x, i) & LX_ORGCUE) || ((x->tok[i].f & TK_UPPER) && known_kind(x, i, i + 1) == GAZ_COUNTRY) ||
			     (!x->fr && (x->tok[i].f & TK_UPPER) && actors_lex_span(x, x->lx.media, i, i + 1))) &&    /* "BBC X and Y" */
			    complement_member(x, i + 1, j) && complement_member(x, j + 1, m)) {
				j = m;
				continue;
			}
		}
		/* "the law firm Ames, Brook and Quarrie": after a lower-case
		 * classifier, one-word names listed up to "and" or "&" name one
		 * body. */
		if (!x->fr && j == i + 1 && i > 0 && x->tok[i - 1].sent == x->tok[i].sent && actors_tok_lower(x, i - 1) &&
		    (lx(x, i - 1) & LX_ORGCLASS) && actors_tok_punct(x, j, ',') && list_word(x, i, end)) {
			size_t m = j;
			while (m + 2 < end && actors_tok_punct(x, m, ',') && list_word(x, m + 1, end))
				m += 2;
			bool conj = m + 1 < end && (actors_tok_punct(x, m, '&') || (actors_tok_lower(x, m) && (lx(x, m) & LX_CONJ)));
			if (m > j && conj && list_word(x, m + 1, end)) {
				j = m + 2;
				continue;
			}
		}
		/* A list in the complement: "Department for Environment, Food
		 * and Rural Affairs", "School of Law, Politics and Sociology". */
		if (!x->fr && actors_tok_punct(x, j, ',') && org_complement(x, i, j)) {
			size_t e = complement_list(x, j, end);
			if (e) {
				j = e;
				continue;
			}
		}
		if (!is_letter(x, j) || (x->tok[j].f & TK_CAP))
			break;
		/* Particles (van, bin, al) and connectors (de, of): then a capital. */
		uint32_t l = lx(x, j);
		bool particle = (l & LX_PARTICLE) && !(l & LX_STOP), conn = l & LX_CONNECT;
		/* The article inside a Celtic name, between capitals (actor_name_articles:
		 * « Ysgol y Felin », « Comhairle nan Gleann »); one that is also an
		 * ordinary article needs a mutated word after it (« Mac an t-Saoir »). */
		if (!particle && j + 1 < end && is_cap(x, j + 1) && actors_tok_in(x, j, x->lx.namearticle))
			particle = !(l & LX_STOP) || (x->text[x->tok[j + 1].start] >= 'a' && x->text[x->tok[j + 1].start] <= 'z');
		if (!particle && !conn)
			break;
		size_t k = j + 1;
		if (conn && k < end && is_letter(x, k) && !(x->tok[k].f & TK_CAP) && (lx(x, k) & LX_DET))
			k++;                  /* de la, de l', of the */
		while (particle && k < end && is_letter(x, k) && !(x->tok[k].f & TK_CAP) && (lx(x, k) & LX_PARTICLE) &&
		       !(lx(x, k) & LX_STOP))
			k++;                  /* von der, van den */
		if (k >= end || !is_cap(x, k))
			break;
		if (!particle && !connect_ok(x, i, j) && !(conn && fr_name_de(x, i, j, k)))
			break;
		/* « la salle Jean-Vilar de Saint-Martin-d'Hères »: a town's shape
		 * after the particle is where the name stands. */
		if (country_hyphen(x, k))
			break;    /* « la direction Sud-Ouest de Météo-France » */
		if (x->fr && hyphen_place(x, k) && !(lx(x, i) & LX_ORGCUE) &&
		    ((lx(x, i) & LX_FIRST) || memchr(x->text + x->tok[i].start, '-', x->tok[i].end - x->tok[i].start)))
			break;
		j = k + 1;
	}
	size_t pe;
	if (geo_noun_after(x, i, j, end))
		j++;
	else if ((pe = place_part_adjective(x, i, j, end)))
		j = pe;
	return bracket_tail(x, i, j, end);
}

/* Does [i, j) hold an organisation's cue word and its connector ("Department
 * of", "School for")? */
static bool org_complement(struct actx *x, size_t i, size_t j)
{
	for (size_t k = i; k + 1 < j; k++)
		if (is_cap(x, k) && (lx(x, k) & LX_ORGCUE) && !(x->tok[k + 1].f & TK_CAP) && (lx(x, k + 1) & LX_CONNECT))
			return true;
	return false;
}

/* Can the capitalised words [a, b) be one more item of an organisation's
 * complement?  Not an acronym, a given name, a title or a name the lexicons
 * know, and not a word the article also uses standing alone as a name: those
 * are a second body ("the Department for Education and Ofsted"). */
static bool complement_member(struct actx *x, size_t a, size_t b)
{
	if (a >= b || b - a > 3 || is_known(x, a, b))
		return false;
	for (size_t k = a; k < b; k++) {
		if (!is_cap(x, k) || (x->tok[k].f & TK_UPPER) ||
		    (lx(x, k) & (LX_FIRST | LX_HONOR | LX_TITLE | LX_DET | LX_STOP | LX_DEMONYM)) || is_known(x, k, k + 1))
			return false;
		const struct afold *f = actors_tok_fold(x, k);
		if (b - a == 1 && f && f->n_capmid > 1)
			return false;
	}
	return true;
}

/* At the comma j after an organisation's complement: ", Food and Rural
 * Affairs".  Items of one to three capitals, separated by commas, the last
 * one after "and" (a serial comma may precede it).  Returns the end of the
 * list, or 0 when it is no such list. */
static size_t complement_list(struct actx *x, size_t j, size_t end)
{
	size_t k = j;
	for (int items = 0; items < 6; items++) {
		bool comma = actors_tok_punct(x, k, ',');
		size_t a = comma ? k + 1 : k;
		bool conj = a < end && is_letter(x, a) && !(x->tok[a].f & TK_CAP) && (lx(x, a) & LX_CONJ);
		if (!comma && !conj)
			return 0;
		if (conj)
			a++;
		size_t b = a;
		while (b < end && b < a + 3 && is_cap(x, b) && (b == a || actors_spaced(x, b - 1)))
			b++;
		if (!complement_member(x, a, b))
			return 0;
		if (conj)
			return b;
		k = b;
	}
	return 0;
}

/* Roman numerals and ordinals (XVe, IIIe, XXI): not names. */
static bool is_roman(const struct actx *x, size_t i)
{
	const char *s = x->text + x->tok[i].start;
	size_t n = x->tok[i].end - x->tok[i].start, k = 0;
	while (k < n && strchr("IVXLCDM", s[k]))
		k++;
	if (k == 0)
		return false;
	if (k == n)
		return n >= 2 || s[0] == 'V' || s[0] == 'X';
	const char *rest = s + k;
	size_t rn = n - k;
	return (rn == 1 && rest[0] == 'e') || (rn == 2 && !memcmp(rest, "er", 2)) ||
	       (rn == 3 && !memcmp(rest, "ème", 3)) || (rn == 4 && !memcmp(rest, "ème", 4)) ||
	       (rn == 2 && (!memcmp(rest, "th", 2) || !memcmp(rest, "st", 2) || !memcmp(rest, "nd", 2)));
}

static bool lex_evidence(struct actx *x, size_t i);
static bool head_evidence(struct actx *x, size_t i);
static bool is_speech_at(struct actx *x, size_t i, size_t end);

/* Does a single word have evidence of being a name on its own? */
static bool word_evidence(struct actx *x, size_t i)
{
	const struct afold *f = actors_tok_fold(x, i);
	if (!f)
		return false;
	if (f->n_capmid > 0 && f->n_lower <= f->n_capmid)
		return true;
	return lex_evidence(x, i) || (x->fr && hyphen_place(x, i));
}

/* A word of a title-case headline is a name if the body writes it with a
 * capital too, or a lexicon knows it. */
static bool head_evidence(struct actx *x, size_t i)
{
	const struct afold *f = actors_tok_fold(x, i);
	if (!f)
		return false;
	if (f->n_capany > 0 && f->n_lower <= f->n_capany)
		return true;
	return lex_evidence(x, i);
}

/* Lexicon and gazetteer evidence for one word. */
static bool lex_evidence(struct actx *x, size_t i)
{
	const struct afold *f = actors_tok_fold(x, i);
	if (!f)
		return false;
	if (f->lx & LX_FIRST)
		return true;
	if ((x->tok[i].f & TK_UPPER) && !(f->lx & (LX_COMMON | LX_STOP | LX_NOTNAME)))
		return true;
	return is_known(x, i, i + 1);
}

/* A word that opens sentences without being a name. */
static bool ordinary(struct actx *x, size_t i)
{
	const struct afold *f = actors_tok_fold(x, i);
	if (!f)
		return true;
	if (f->lx & (LX_STOP | LX_COMMON | LX_TITLE | LX_DEMONYM | LX_MONTH | LX_WEEKDAY | LX_PLACEPREP |
	             LX_SOURCEPREP | LX_DET | LX_MODIFIER | LX_STOPPER | LX_CONNECT | LX_HONOR | LX_NOTNAME |
	             LX_SPEECH | LX_ADJ))
		return true;
	return f->n_lower > 0 && f->n_capany == 0;
}

/* Is capitalised token i a common word of the language by the system word
 * lists: "Keep", "Additional", « Vivre »; not "Mark" or "Hope", which the
 * English lists also hold with a capital?  Acronyms and initials never are. */
static bool dict_common(struct actx *x, size_t i)
{
	struct afold *f = actors_tok_fold(x, i);
	if (!f || !is_cap(x, i) || (x->tok[i].f & (TK_UPPER | TK_INITIAL)))
		return false;
	if (!f->dict) {
		if (!x->wl_opened) {
			x->nwl = wordlist_open_pack(x->lang, x->wl, sizeof x->wl / sizeof x->wl[0]);
			x->wl_opened = true;
		}
		size_t n;
		const char *w = actors_tok_text(x, i, &n);
		f->dict = x->nwl && wordlist_common(x->wl, x->nwl, w, n, lang_code(x->lang), x->fr) ? 2 : 1;
	}
	return f->dict == 2;
}

/* What the text itself says for a capitalised word at a (sentence s0..s1),
 * which the word lists do not overrule: in English a capital after "the",
 * or after "the" and a noun ("told the Gazette", "the journal Nature");
 * a noun phrase in apposition after it ("on Blind, an anonymous forum,");
 * a lower-case cue before a « de » / "of" (« le stade de la Levée »); a
 * list of capitalised words around it ("Tchekhov, Racine, Shakespeare"). */
static bool name_context(struct actx *x, size_t a, size_t s0, size_t s1)
{
	if (!x->fr && a > s0 && actors_tok_lower(x, a - 1)) {
		if (lx(x, a - 1) & LX_DET)
			return true;
		/* "the journal Nature", "The opposition Conservatives" */
		if (a > s0 + 1 && is_letter(x, a - 2) && (actors_tok_lower(x, a - 2) || (x->tok[a - 2].f & TK_INIT)) &&
		    (lx(x, a - 2) & LX_DET) && !(lx(x, a - 1) & (LX_STOP | LX_CONNECT | LX_PLACEPREP | LX_DET)))
			return true;
		/* inside a phrase in lower case: "internal Slack channels", "an
		 * unknown Midlands painter" */
		uint32_t fn = LX_STOP | LX_CONNECT | LX_CONJ | LX_PLACEPREP | LX_DET | LX_COPULA | LX_SPEECH | LX_INDEF |
		              LX_SOURCEPREP | LX_STOPPER;
		if (a + 1 < s1 && actors_tok_lower(x, a + 1) && !(lx(x, a + 1) & fn) && !(lx(x, a - 1) & (fn & ~LX_INDEF)))
			return true;
	}
	if (a + 2 < s1 && actors_tok_punct(x, a + 1, ',') && actors_tok_lower(x, a + 2) && (lx(x, a + 2) & (LX_DET | LX_INDEF)))
		return true;
	size_t k = a;
	while (k > s0 && k + 3 > a && (actors_tok_lower(x, k - 1) || (x->tok[k - 1].f & TK_ELIDED)) &&
	       (lx(x, k - 1) & LX_DET))
		k--;
	if (k > s0 + 1 && actors_tok_lower(x, k - 1) && ((lx(x, k - 1) & LX_CONNECT) || actors_tok_in(x, k - 1, x->lx.articles)) &&
	    actors_tok_lower(x, k - 2) && (lx(x, k - 2) & (LX_ORGCUE | LX_PLACECUE | LX_ORGCLASS | LX_SEAT)))
		return true;
	return a > s0 + 1 && a + 2 < s1 && actors_tok_punct(x, a - 1, ',') && is_cap(x, a - 2) &&
	       !(x->tok[a - 2].f & TK_INIT) && actors_tok_punct(x, a + 1, ',') && is_cap(x, a + 2);
}

/* A single capitalised word with nothing for it but its capital, which the
 * word lists call a common word: not capitalised mid-sentence anywhere else
 * in the article, in no lexicon or gazetteer, after no honorific, title or
 * cue ("Additional reporting by", "Keep", « Vivre »). */
static bool common_alone(struct actx *x, size_t a, uint32_t ev, size_t s0, size_t s1)
{
	const uint32_t evidence = EV_HONOR | EV_TITLE | EV_FIRST | EV_ORGCUE | EV_PLACECUE | EV_PLACEPREP | EV_SOURCE |
	                          EV_ACRONYM | EV_GAZ | EV_SPEECH | EV_ORGCLASS | EV_PERSCTX | EV_SAINT | EV_TITLEOF;
	const struct afold *f = actors_tok_fold(x, a);
	if ((ev & evidence) || !f || !x->lx.wordlists || !lex_size(x->lx.wordlists) || lex_evidence(x, a))
		return false;
	uint32_t self = (x->tok[a].f & (TK_INIT | TK_HEAD | TK_ELIDED)) ? 0 : 1;
	return f->n_capany <= self && !name_context(x, a, s0, s1) && dict_common(x, a);
}

/* Known names: gazetteer and name lexicons over tokens [a, b). */
static bool known_name_raw(struct actx *x, size_t a, size_t b, struct acand *c)
{
	const struct alex *l = &x->lx;
	const char *v;
	struct gaz_hit h;
	if ((v = actors_lex_span(x, l->known, a, b))) {
		const char *ty = lex_get(l->known_types, v, strlen(v));
		c->gaz_kind = ty && !strcmp(ty, "place") ? GAZ_CITY : ty && (!strcmp(ty, "org")) ? GAZ_ORG : -2;
		c->gaz_name = *v ? v : NULL;
		c->canon = c->gaz_name != NULL;
		return true;
	}
	if ((v = actors_lex_span(x, l->country_alias, a, b))) {
		c->gaz_kind = GAZ_COUNTRY;
		c->gaz_name = *v ? v : NULL;
		c->canon = c->gaz_name != NULL;
		return true;
	}
	if ((v = actors_lex_span(x, l->places, a, b))) {
		c->gaz_kind = !strcmp(v, "region") ? GAZ_REGION : !strcmp(v, "country") ? GAZ_COUNTRY : GAZ_CITY;
		return true;
	}
	if (actors_gaz_span(x, a, b, &h)) {
		/* An ISO 3166-2 subdivision (code "IE-RN") that is also a word of
		 * the language's lexicons is not taken alone: "Central", « Nord ». */
		if (b == a + 1 && h.code && strchr(h.code, '-') &&
		    (lx(x, a) & (LX_STOP | LX_COMMON | LX_NOTNAME | LX_TITLE | LX_DEMONYM | LX_ADJ | LX_MODIFIER | LX_PLACECUE |
		                 LX_ORGCUE | LX_ORGCLASS | LX_FIRST | LX_MONTH | LX_WEEKDAY | LX_DET | LX_CONNECT)))
			return false;
		c->gaz_kind = (int8_t)h.kind;
		c->gaz_name = h.name;
		return true;
	}
	if (actors_lex_span(x, l->institutions, a, b) || actors_lex_span(x, l->media, a, b) ||
	    actors_lex_span(x, l->orgs, a, b)) {
		c->gaz_kind = GAZ_ORG;
		return true;
	}
	/* « la France métropolitaine », « l'Afrique de l'Est »: a part of a
	 * known country or region */
	for (size_t m = b >= a + 4 ? b - 3 : a + 1; m < b; m++) {
		if (place_part_tail(x, m, b) != b)
			continue;
		struct acand tmp;
		memset(&tmp, 0, sizeof tmp);
		tmp.gaz_kind = -1;
		if (known_name_raw(x, a, m, &tmp) && (tmp.gaz_kind == GAZ_COUNTRY || tmp.gaz_kind == GAZ_REGION)) {
			c->gaz_kind = GAZ_REGION;
			return true;
		}
	}
	return false;
}

/* Known names: a single word's answer is kept with the word. */
static bool known_name(struct actx *x, size_t a, size_t b, struct acand *c)
{
	struct afold *f = b == a + 1 ? actors_tok_fold(x, a) : NULL;
	if (!f)
		return known_name_raw(x, a, b, c);
	if (!f->known) {
		struct acand tmp;
		memset(&tmp, 0, sizeof tmp);
		tmp.gaz_kind = -1;
		bool k = known_name_raw(x, a, b, &tmp);
		f->known = k ? 2 : 1;
		f->kkind = tmp.gaz_kind;
		f->kname = tmp.gaz_name;
		f->kcanon = tmp.canon;
	}
	if (f->known == 2) {
		c->gaz_kind = f->kkind;
		c->gaz_name = f->kname;
		c->canon = f->kcanon;
	}
	return f->known == 2;
}

/* Is [a, b) a known name?  (known_name() for a yes or no.) */
static bool is_known(struct actx *x, size_t a, size_t b)
{
	struct acand tmp;
	memset(&tmp, 0, sizeof tmp);
	return known_name(x, a, b, &tmp);
}

/* The gazetteer kind of the known name [a, b) (enum gaz_kind, or -2 for a
 * person the lexicons know), or -1 if it is not known. */
static int known_kind(struct actx *x, size_t a, size_t b)
{
	struct acand tmp;
	memset(&tmp, 0, sizeof tmp);
	tmp.gaz_kind = -1;
	return known_name(x, a, b, &tmp) ? tmp.gaz_kind : -1;
}

/* A kind of place: country, region or city. */
static bool place_kind(int kind)
{
	return kind == GAZ_COUNTRY || kind == GAZ_REGION || kind == GAZ_CITY;
}

/* "(Somme)", "(Calif.)" at b: a region or country the packs know in
 * brackets, as after a town's name: « Abbeville (Somme) ». */
static bool paren_place(struct actx *x, size_t b, size_t end)
{
	if (!(b + 2 < end && actors_tok_punct(x, b, '(') && is_cap(x, b + 1)))
		return false;
	for (size_t e = b + 2; e < end && e <= b + 4; e++) {
		if (!actors_tok_punct(x, e, ')'))
			continue;
		size_t ne = actors_tok_punct(x, e - 1, '.') ? e - 1 : e;
		int kind = ne > b + 1 ? known_kind(x, b + 1, ne) : -1;
		return kind == GAZ_REGION || kind == GAZ_COUNTRY;
	}
	return false;
}

static bool is_speech_at(struct actx *x, size_t i, size_t end)
{
	if (i >= end || !is_letter(x, i))
		return false;
	if (lx(x, i) & LX_SPEECH)
		return true;
	/* « a déclaré », "has said": an auxiliary then a speech verb. */
	return i + 1 < end && (lx(x, i) & LX_STOPPER) && (lx(x, i + 1) & LX_SPEECH);
}

/* Evidence from the words around [a, b) in the sentence [s0, s1). */
/* Is token p a word of `preps` after a word of `words` ("flying from",
 * "fly to")? */
static bool prep_after(struct actx *x, size_t p, const lexicon *preps, const lexicon *words)
{
	if (p == 0 || !is_letter(x, p - 1) || !lex_size(words))
		return false;
	size_t n1, n2;
	const char *w1 = actors_tok_text(x, p, &n1), *w2 = actors_tok_text(x, p - 1, &n2);
	if (!lex_has(preps, w1, n1))
		return false;
	/* "the 23-year-old from X": an age's last word */
	const char *h = n2 > 1 ? memrchr(w2, '-', n2 - 1) : NULL;
	return lex_has(words, w2, n2) || (h && lex_has(words, h + 1, (size_t)(w2 + n2 - h - 1)));
}

/* Is token p an origin preposition that ends an apposition to a name:
 * "NAME, a retired shepherd from", "NAME, an engineer from"? */
static bool apposition_origin(struct actx *x, size_t p, size_t s0)
{
	if (!actors_tok_in(x, p, x->lx.originprep))
		return false;
	for (size_t k = p - 1, words = 0; k > s0 + 1 && words < 4; k--, words++) {
		if (!is_letter(x, k) || (x->tok[k].f & TK_CAP))
			return false;
		if (lx(x, k) & LX_INDEF) {
			size_t n;
			actors_tok_text(x, k, &n);
			/* "a" or "an", not "his" or "their" */
			return k < p - 1 && n <= 2 && actors_tok_punct(x, k - 1, ',') && is_cap(x, k - 2);
		}
		if (lx(x, k) & (LX_STOPPER | LX_SPEECH | LX_CONJ | LX_DET | LX_COPULA))
			return false;
	}
	return false;
}

/* The kind of the list item next to [a, b) on one side (dir -1: before,
 * +1: after) across ", " or a conjunction: sets *na, *nb to its span. */
/* A list's separator at token k: a comma or a lower-case conjunction. */
static bool list_sep(struct actx *x, size_t k)
{
	return actors_tok_punct(x, k, ',') || (is_letter(x, k) && !(x->tok[k].f & TK_CAP) && (lx(x, k) & LX_CONJ));
}

static bool list_neighbour(struct actx *x, size_t a, size_t b, size_t s0, size_t s1, int dir, size_t *na, size_t *nb)
{
	if (dir < 0) {
		if (a < s0 + 2)
			return false;
		size_t k = a - 1;
		if (!list_sep(x, k) || !is_cap(x, k - 1))
			return false;
		size_t e = k, st = k - 1;
		while (st > s0 && st + 3 > e && is_cap(x, st - 1) && actors_spaced(x, st - 1))
			st--;
		if (st == s0 && (x->tok[st].f & TK_INIT) && !is_known(x, st, e))
			return false;
		*na = st;
		*nb = e;
		return true;
	}
	if (b + 1 >= s1)
		return false;
	if (!list_sep(x, b) || !is_cap(x, b + 1))
		return false;
	size_t st = b + 1, e = b + 2;
	while (e < s1 && e < st + 3 && is_cap(x, e) && actors_spaced(x, e - 1))
		e++;
	*na = st;
	*nb = e;
	return true;
}

/* Is [a, b) an item of a list ("A, B and C") in which a place the lexicons
 * know stands, and nothing they know as a person or an organisation? */
static bool place_list(struct actx *x, size_t a, size_t b, size_t s0, size_t s1)
{
	bool place = false;
	for (int dir = -1; dir <= 1; dir += 2) {
		size_t ca = a, cb = b;
		for (int step = 0; step < 4; step++) {
			size_t na, nb;
			if (!list_neighbour(x, ca, cb, s0, s1, dir, &na, &nb))
				break;
			int kind = known_kind(x, na, nb);
			if (kind == GAZ_ORG || kind == -2 || (lx(x, na) & (LX_FIRST | LX_HONOR)))
				return false;
			if (place_kind(kind))
				place = true;
			/* a conjunction closes the list on its side */
			size_t sep = dir < 0 ? ca - 1 : cb;
			ca = na;
			cb = nb;
			if (!actors_tok_punct(x, sep, ','))
				break;
		}
	}
	return place;
}

/* Does a place preposition stand right before the name at token a (« à
 * X, », "In X,"; « A X, » at the head of a sentence, « À » without its
 * accent)?  Then a noun phrase after the comma is the clause's subject:
 * « À X, la gendarmerie affirme », "In X, the minister said". */
static bool fronted_place(struct actx *x, size_t a, size_t s0)
{
	if (a <= s0 || !is_letter(x, a - 1))
		return false;
	if (lx(x, a - 1) & LX_PLACEPREP)
		return true;
	return x->fr && a == s0 + 1 && x->tok[s0].end - x->tok[s0].start == 1 && x->text[x->tok[s0].start] == 'A';
}

/* Is token k a lower-case place classifier (actor_place_cues, kind class):
 * "the capital", « la commune »? */
static bool place_class(struct actx *x, size_t k)
{
	if (!is_letter(x, k) || ((x->tok[k].f & TK_CAP) && !(x->tok[k].f & TK_INIT)))
		return false;
	const char *v = actors_placecue(x, k);
	return v && !strcmp(v, "class");
}

/* « la coalition d'opposition X », « le syndicat de cadres X », « le
 * service de prévision des crues X »: an organisation's classifier, then
 * one or two complements of one lower-case word each (« de cadres », « des
 * crues »), then the name.  p is the word before the name.  A head that is
 * an organisation's cue rather than a classifier (« service ») needs its
 * determiner and two complements: after one (« l'office de tourisme X »)
 * the name is the territory served. */
static bool classifier_chain(struct actx *x, size_t p, size_t s0)
{
	const uint32_t content_not = LX_STOP | LX_CONNECT | LX_DET | LX_SPEECH | LX_TITLE;
	size_t k = p;
	for (int step = 0; step < 2; step++) {
		if (!is_letter(x, k) || (x->tok[k].f & TK_CAP) || (lx(x, k) & content_not) || k < s0 + 2)
			return false;
		size_t c = k - 1;
		if ((lx(x, c) & LX_DET) && !(x->tok[c].f & TK_CAP) && c > s0 + 1)
			c--;
		if (!is_letter(x, c) || (x->tok[c].f & TK_CAP) || !(lx(x, c) & LX_CONNECT))
			return false;
		size_t h = c - 1;
		if (!is_letter(x, h) || (x->tok[h].f & TK_CAP))
			return false;
		if (lx(x, h) & LX_ORGCLASS)
			return step == 0 || (h > s0 && (lx(x, h - 1) & LX_DET));
		if (step > 0 && (lx(x, h) & LX_ORGCUE) && h > s0 && (lx(x, h - 1) & LX_DET) && !(x->tok[h - 1].f & TK_CAP))
			return true;
		k = h;
	}
	return false;
}

static uint32_t context(struct actx *x, size_t a, size_t b, size_t s0, size_t s1)
{
	uint32_t ev = 0;
	if (a > s0) {
		size_t p = a - 1;
		uint32_t pl = lx(x, p);
		if (is_letter(x, p) && (!(x->tok[p].f & TK_CAP) || (x->tok[p].f & TK_INIT))) {
			if (pl & LX_DET) {
				ev |= EV_DETPREV;
				if (p > s0 && (lx(x, p - 1) & LX_PLACEPREP))
					ev |= EV_PLACEPREP;                        /* à la, in the */
				if (p > s0 && (lx(x, p - 1) & LX_ORGCLASS))
					ev |= EV_ORGCLASS;
			}
			if (pl & LX_PLACEPREP)
				ev |= EV_PLACEPREP;
			if (pl & LX_SOURCEPREP)
				ev |= EV_SOURCE;
			if (pl & LX_ORGCLASS)
				ev |= EV_ORGCLASS;
			if (pl & LX_PLACECUE)
				ev |= EV_PLACECUE;
			/* « le site britannique X », « l'agence américaine X »: a
			 * classifier and its adjective. */
			/* (« suisse » is a demonym the country's name also spells) */
			if (((pl & (LX_DEMONYM | LX_INSTADJ)) || (x->fr && adjective_like(x, p)) || actors_tok_in(x, p, x->lx.demonym)) &&
			    !(x->tok[p].f & TK_CAP) &&
			    p > s0 && is_letter(x, p - 1) && !(x->tok[p - 1].f & TK_CAP) && (lx(x, p - 1) & LX_ORGCLASS))
				ev |= EV_ORGCLASS;    /* « le cercle celtique X » */
			if (pl & LX_SPEECH)
				ev |= EV_SPEECH;                               /* said X, indique X */
			/* « la coalition d'opposition X », « le syndicat de cadres X » */
			if (x->fr && classifier_chain(x, p, s0))
				ev |= EV_ORGCLASS;
			/* « la ville de X », "the city of X"; a seat: « le maire de X »,
			 * « le tribunal correctionnel de X », "the mayor of X". */
			/* ... and « le long de la X », « au bord de la X », "the banks
			 * of the X": the connector before an article, after a seat or
			 * place word only (« la direction de la SNCF » names no seat). */
			size_t cp = p;
			bool det_route = (pl & LX_DET) && p > s0 + 2 && is_letter(x, p - 1) && !(x->tok[p - 1].f & TK_CAP) &&
			                 (lx(x, p - 1) & LX_CONNECT) && !(x->tok[a].f & TK_UPPER);
			if (det_route)
				cp = p - 1;
			if ((lx(x, cp) & LX_CONNECT) && cp > s0) {
				size_t q = cp - 1;
				/* « les centrales de Brennilis et de Kerlouan »: the second
				 * complement shares the first one's head */
				if (q >= s0 + 3 && (lx(x, q) & LX_CONJ) && !(x->tok[q].f & TK_CAP) && is_cap(x, q - 1) &&
				    (lx(x, q - 2) & LX_CONNECT) && !(x->tok[q - 2].f & TK_CAP))
					q -= 3;
				if ((lx(x, q) & LX_DET) && q > s0)
					q--;
				size_t hq = q;
				size_t hn;
				const char *hw = actors_tok_text(x, hq, &hn);
				/* « le tribunal correctionnel de X »; « l'université de X »
				 * ends in -é but is the head */
				for (int adj = 0; adj < 2 && hq > s0 && adjective_like(x, hq) &&
				                  !(lx(x, hq) & (LX_SEAT | LX_PLACECUE | LX_ORGCLASS | LX_ORGCUE)) &&
				                  !lex_has(x->lx.localinst, hw, hn);
				     adj++)
					hw = actors_tok_text(x, --hq, &hn);
				if (is_letter(x, hq) && (!(x->tok[hq].f & TK_CAP) || (x->tok[hq].f & TK_INIT)) &&
				    (det_route ? (lx(x, hq) & (LX_SEAT | LX_PLACECUE)) && !(lx(x, hq) & (LX_ORGCUE | LX_ORGCLASS)) &&
				                     !lex_has(x->lx.localinst, hw, hn)
				               : (lx(x, hq) & (LX_SEAT | LX_PLACECUE)) || lex_has(x->lx.localinst, hw, hn)))
					ev |= EV_PLACECUE;    /* « la zone industrielle des X », « le conseil municipal de X » */
				uint32_t ql = lx(x, q);
				if (is_letter(x, q) && !(x->tok[q].f & TK_CAP)) {
					if (ql & LX_PLACECUE)
						ev |= EV_PLACECUE;
					/* « le parti de X », not « est parti de X »; « l'université
					 * de X » (a head classifier) names its seat */
					const char *cv = (ql & LX_ORGCLASS) ? actors_tok_get(x, q, x->lx.orgclass)
					                                    : NULL;
					if (cv && strcmp(cv, "head") && !det_route && q > s0 && (lx(x, q - 1) & (LX_DET | LX_INDEF)))
						ev |= EV_ORGCLASS;
				}
			}
			/* "flying from X", "a man from X", "a Democrat from X": an
			 * origin preposition (actor_origin_preps) after a word of
			 * actor_origin_words; "due to fly to X": a destination */
			if (p > s0 && (prep_after(x, p, x->lx.originprep, x->lx.origin) ||
			               (!(x->tok[p - 1].f & TK_CAP) && prep_after(x, p, x->lx.destprep, x->lx.dest))))
				ev |= EV_PLACEPREP;
			/* "Bridget Tallis, from Carrowmeen,", "Claire Oduya, 41, from
			 * Croydon": where a person comes from */
			if (p >= s0 + 2 && actors_tok_punct(x, p - 1, ',') && lex_size(x->lx.originprep) &&
			    (is_cap(x, p - 2) ||
			     (p >= s0 + 3 && (x->tok[p - 2].f & TK_NUM) && actors_tok_punct(x, p - 3, ',')))) {
				size_t n1;
				const char *w1 = actors_tok_text(x, p, &n1);
				if (lex_has(x->lx.originprep, w1, n1))
					ev |= EV_PLACEPREP;
			}
			/* "Ewan Rigg, a retired shepherd from Glenbrae": the same origin
			 * inside an apposition to a name (an indefinite, lower-case words;
			 * English only: « un ingénieur de Thales » names an employer). */
			if (p >= s0 + 4 && !x->fr && lex_size(x->lx.originprep) && apposition_origin(x, p, s0))
				ev |= EV_PLACEPREP;
			/* "shares in X", "analysts at X", « analyste chez X »: a company */
			if (p > s0 && actors_lex_span(x, x->lx.orgbefore, p - 1, p + 1))
				ev |= EV_ORGCLASS;
			/* "according to X", « d'après X » */
			if (p > s0 && (lx(x, p - 1) & LX_SOURCEPREP))
				ev |= EV_SOURCE;
		}
		/* "farms at X", « parti depuis X »; "At X,"
		 * opening the sentence: a weak sign of a place (see vote()); not
		 * inside a capitalised title ("The Miners at X"). */
		if (is_letter(x, p) && (!(x->tok[p].f & TK_CAP) || p == s0) && actors_tok_in(x, p, x->lx.weakplaceprep) &&
		    (p == s0 || !is_cap(x, p - 1)))
			ev |= EV_WEAKPLACE;
		/* « la députée Léa Morvan (Renaissance) »: a party in brackets
		 * after a person's name (a given name opens it). */
		if (actors_tok_punct(x, p, '(') && b < s1 && actors_tok_punct(x, b, ')') && p > s0 + 1 && is_cap(x, p - 1)) {
			size_t q = p - 1;
			while (q > s0 && is_cap(x, q - 1) && actors_spaced(x, q - 1))
				q--;
			if (q + 1 < p && (lx(x, q) & LX_FIRST) && !(lx(x, a) & LX_FIRST) && !is_known(x, a, b))
				ev |= EV_ORGCLASS;
		}
		/* « membres d'Ansar Eddine », "the sword of X": a complement. */
		if (is_letter(x, p) && !(x->tok[p].f & TK_CAP) && (pl & LX_CONNECT)) {
			ev |= EV_OF;
			/* « la déléguée de Sud Santé », "chief executive of X": the
			 * title's holder is someone else; X is where they serve. */
			size_t q = p;
			for (int adj = 0; adj < 2 && q > s0 + 1 && adjective_like(x, q - 1) && !(lx(x, q - 1) & LX_TITLE); adj++)
				q--;
			if (q > s0 && is_letter(x, q - 1) && !(x->tok[q - 1].f & TK_CAP) && (lx(x, q - 1) & LX_TITLE))
				ev |= EV_TITLEOF;
		}
		/* A noun phrase in apposition before: « la fédération des banques,
		 * Febelfin », "A department spokeswoman, Dana Whitfield".  Its head
		 * is the first word after the determiner in French, the last one
		 * before the comma in English. */
		if (actors_tok_punct(x, p, ',')) {
			size_t last = p - 1;    /* the English head: the last word */
			for (size_t k = p, steps = 0; k > s0 && steps < 8; steps++) {
				k--;
				if (!is_letter(x, k) || ((lx(x, k) & (LX_STOPPER | LX_SPEECH | LX_CONJ)) && !(x->tok[k].f & TK_CAP)))
					break;
				if (!(lx(x, k) & (LX_DET | LX_INDEF)) || k + 1 >= p)
					continue;
				/* pl8: « le chef de file de la coalition, X », "the leader
				 * of the coalition, X": a determiner after a connector opens
				 * a complement; the phrase's head stands before it. */
				if (k > s0 + 1 && is_letter(x, k - 1) && !(x->tok[k - 1].f & TK_CAP) && (lx(x, k - 1) & LX_CONNECT) &&
				    !(lx(x, k) & LX_INDEF)) {
					last = k - 2;
					continue;
				}
				size_t h = x->fr ? k + 1 : last;
				uint32_t hl = lx(x, h);
				if (!(x->tok[h].f & TK_CAP) || (x->tok[h].f & TK_INIT)) {
					if (hl & LX_TITLE)
						ev |= EV_TITLE;
					else if (place_class(x, h))
						ev |= EV_PLACECUE;    /* "the capital, X" */
					else if (hl & (LX_ORGCUE | LX_ORGCLASS))
						ev |= EV_ORGCLASS;
				}
				break;
			}
		}
		/* A title before the name: « le président russe Vladimir Poutine »,
		 * « le prophète (Mahomet) »; not « l'envoyé spécial de Donald
		 * Trump », where the name is the title's complement. */
		size_t from = actors_tok_punct(x, p, '(') ? p : a;
		/* ... nor "the spokeswoman of the Social Democrats": a complement
		 * after an article too. */
		bool compl = (pl & LX_CONNECT) && !(x->tok[p].f & TK_CAP);
		if ((pl & LX_DET) && !(x->tok[p].f & TK_CAP) && p > s0 && is_letter(x, p - 1) &&
		    !(x->tok[p - 1].f & TK_CAP) && (lx(x, p - 1) & LX_CONNECT))
			compl = true;
		for (size_t k = from, steps = 0; k > s0 && steps < 6 && !compl; steps++) {
			k--;
			if (!is_letter(x, k))
				break;
			uint32_t kl = lx(x, k);
			if ((kl & LX_TITLE) && !(x->tok[k].f & TK_CAP && kl & LX_FIRST)) {
				ev |= EV_TITLE;
				break;
			}
			if (!(kl & (LX_DEMONYM | LX_ADJ | LX_CONNECT | LX_DET | LX_INSTADJ)) && !(x->tok[k].f & TK_CAP))
				break;
		}
	}
	if (b < s1) {
		/* said / a déclaré after the name */
		if (is_speech_at(x, b, s1))
			ev |= EV_SPEECH;
		if (paren_place(x, b, s1))
			ev |= EV_PLACECUE;
		/* "the Kharkiv region", "Arica regions": a classifier after the name;
		 * "the Brenna volcano", "the Tarn river": a feature's noun. */
		if (!x->fr && is_letter(x, b) && !(x->tok[b].f & TK_CAP)) {
			const char *v = actors_placecue(x, b);
			if (v && (!strcmp(v, "class") || !strcmp(v, "part")))
				ev |= EV_PLACECUE;
		}
		/* "Harcourt Lyle shares", "Vexa's shareholders": a company. */
		if (is_letter(x, b) && !(x->tok[b].f & TK_CAP) && (lx(x, b) & LX_ORGAFTER))
			ev |= EV_ORGCLASS;
		/* "Leeds-based", "Tulsa-born": where the body is, where one comes from */
		if (b + 1 < s1 && actors_tok_punct(x, b, '-') && x->tok[b].start == x->tok[b - 1].end &&
		    x->tok[b + 1].start == x->tok[b].end && is_letter(x, b + 1) && actors_tok_in(x, b + 1, x->lx.placehyph))
			ev |= EV_PLACEPREP;
		/* "a Spokane firm", "the Swaledale brewer": one word between an
		 * article and a noun of actor_place_nouns_after says where from. */
		if (b == a + 1 && a > s0 && is_letter(x, b) && !(x->tok[b].f & TK_CAP) && (lx(x, a - 1) & (LX_DET | LX_INDEF)) &&
		    !(x->tok[a - 1].f & TK_CAP && !(x->tok[a - 1].f & TK_INIT)) && !(lx(x, a) & (LX_FIRST | LX_DEMONYM)) &&
		    actors_tok_in(x, b, x->lx.placeafter))
			ev |= EV_PLACEPREP;
		/* "of Cwmdarren, Gwynedd,", "in Larkhaven, New Jersey": a town
		 * and the known region or country it lies in. */
		if (!x->fr && actors_tok_punct(x, b, ',') && b + 1 < s1 && is_cap(x, b + 1) && !(lx(x, a) & LX_FIRST)) {
			for (size_t e = b + 4 < s1 ? b + 4 : s1; e > b + 1; e--) {
				int kind = known_kind(x, b + 1, e);
				if (kind != GAZ_COUNTRY && kind != GAZ_REGION)
					continue;
				if (!(x->tok[e - 1].f & TK_POSS) &&
				    (e >= s1 || (!is_letter(x, e) && !(x->tok[e].f & TK_NUM)) || (lx(x, e) & (LX_STOPPER | LX_COPULA))))
					ev |= EV_PLACEPREP;
				break;
			}
		}
		/* "X, 55," */
		if (actors_tok_punct(x, b, ',') && b + 2 < s1 && (x->tok[b + 1].f & TK_NUM) &&
		    (actors_tok_punct(x, b + 2, ',') || actors_tok_punct(x, b + 2, ')')))
			ev |= EV_PERSCTX;
		/* apposition: "X, [det] [modifier] title", « X, l'agence … »:
		 * the noun phrase's head is its first noun in French, its last
		 * one (before a preposition) in English: "the company's chief
		 * executive", "the police spokesman". */
		if (actors_tok_punct(x, b, ',') && b + 1 < s1 && (lx(x, b + 1) & (LX_DET | LX_INDEF))) {
			size_t k = b + 2, head = SIZE_MAX;
			for (size_t steps = 0; k < s1 && steps < 6; k++, steps++) {
				/* "the Dunmore-based carrier": a compound's hyphen */
				if (actors_tok_punct(x, k, '-') && k > b + 2 && k + 1 < s1 && x->tok[k].start == x->tok[k - 1].end &&
				    x->tok[k + 1].start == x->tok[k].end)
					continue;
				if (!is_letter(x, k))
					break;
				uint32_t kl = lx(x, k);
				if ((kl & (LX_STOPPER | LX_SPEECH | LX_CONNECT | LX_PLACEPREP)) && !(x->tok[k].f & TK_CAP))
					break;
				if (x->tok[k].f & TK_POSS)
					continue;
				if (x->fr && !(kl & (LX_MODIFIER | LX_ADJ | LX_DEMONYM))) {
					head = k;
					break;
				}
				head = k;
			}
			/* « À X, la gendarmerie affirme », "In X, the minister said":
			 * after a place preposition, the noun phrase is the clause's
			 * subject, no apposition to X. */
			bool fronted = fronted_place(x, a, s0);
			if (head != SIZE_MAX && !(x->tok[head].f & TK_CAP)) {
				uint32_t hl = lx(x, head);
				if (place_class(x, head))
					ev |= EV_PLACECUE;
				else if (fronted)
					;
				else if (hl & LX_TITLE)
					ev |= EV_TITLE;
				else if (hl & (LX_ORGCUE | LX_ORGCLASS))
					ev |= EV_ORGCLASS;
			}
		} else if (actors_tok_punct(x, b, ',')) {
			/* no determiner: "X, spokesman for …", « X, conseiller principal » */
			for (size_t k = b + 1, steps = 0; k < s1 && steps < 3 && is_letter(x, k); k++, steps++) {
				uint32_t kl = lx(x, k);
				if (kl & LX_TITLE) {
					ev |= EV_TITLE;
					break;
				}
				if (!(kl & (LX_MODIFIER | LX_ADJ | LX_DEMONYM)))
					break;
			}
		}
	}
	/* "from Leeds, Crewe and Alnbury", « à Brest, Morlaix et Landivisiau »:
	 * one word in a list of places the lexicons know is a place too. */
	if (b == a + 1 && !is_known(x, a, b) && !(lx(x, a) & (LX_FIRST | LX_ORGCUE | LX_HONOR | LX_TITLE)) &&
	    place_list(x, a, b, s0, s1))
		ev |= EV_PLACEPREP;
	return ev;
}

static struct acand *new_cand(struct actx *x)
{
	x->cand = xgrow(x->cand, &x->capcand, x->ncand + 1, sizeof *x->cand);
	struct acand *c = &x->cand[x->ncand++];
	memset(c, 0, sizeof *c);
	c->form = -1;
	c->actor = -1;
	c->gaz_kind = -1;
	c->hon_start = SIZE_MAX;
	c->mkind = MENTION_NAME;
	return c;
}

/* Emit [a, b) as a candidate (after the final checks). */
/* Does a lower-case person particle (van, von, bin, de, d') stand between
 * two capitalised words of [a, b), none of them a cue word? */
static bool person_particle_in(struct actx *x, size_t a, size_t b)
{
	bool found = false;
	if (!(lx(x, a) & LX_FIRST) && plural_like(x, a))
		return false;   /* « Terres du Bocage », "Friends of the Earth" */
	for (size_t k = a; k < b; k++) {
		uint32_t l = lx(x, k);
		if (is_cap(x, k) && (l & (LX_ORGCUE | LX_PLACECUE | LX_SAINT | LX_TITLE)))
			return false;
		if (k == a || k + 1 >= b || !is_letter(x, k) || (x->tok[k].f & TK_CAP) || !is_cap(x, k - 1))
			continue;
		/* « de la », « de l' »: an article follows no person's particle. */
		if (k + 1 < b && !(x->tok[k + 1].f & TK_CAP) && (lx(x, k + 1) & LX_DET))
			continue;
		size_t n;
		const char *w = actors_tok_text(x, k, &n);
		if (lex_has(x->lx.pparticle, w, n))
			found = true;
	}
	return found;
}

/* A hyphenated compound opening with a saint's word: Saint-Aurèle, San-Pedro. */
static bool saint_compound(struct actx *x, size_t i)
{
	const char *w = x->text + x->tok[i].start;
	size_t n = x->tok[i].end - x->tok[i].start;
	const char *h = memchr(w, '-', n);
	if (!h || h == w || (size_t)(h - w) + 1 >= n)
		return false;
	return lex_has(x->lx.saints, w, (size_t)(h - w)) && u_isupper((UChar32)(unsigned char)h[1]);
}

/* After a name ending at token b: ", the water regulator,", ", a Swedish
 * lender,", « , le gendarme des marchés, ».  The head (the last word in
 * English, the first in French) gives EV_ORGCLASS, EV_TITLE or EV_PLACECUE;
 * 0 when there is no such apposition. */
static uint32_t apposition_after(struct actx *x, size_t b, size_t s1, bool fronted)
{
	if (b + 2 >= s1 || !actors_tok_punct(x, b, ',') || !is_letter(x, b + 1) || (x->tok[b + 1].f & TK_CAP && !(x->tok[b + 1].f & TK_INIT)))
		return 0;
	uint32_t dl = lx(x, b + 1);
	if (!(dl & (LX_DET | LX_INDEF)))
		return 0;
	size_t n;
	actors_tok_text(x, b + 1, &n);
	if (!x->fr && n > 3)
		return 0;    /* "a", "an", "the"; not "his" or "their" */
	size_t k = b + 2, head = SIZE_MAX;
	for (; k < s1 && k < b + 7; k++) {
		if (!is_letter(x, k)) {
			if (x->tok[k].f & TK_ELIDED || (k + 1 < s1 && x->tok[k + 1].start == x->tok[k].end && is_letter(x, k + 1)))
				continue;
			break;
		}
		if ((x->tok[k].f & TK_CAP) && !(lx(x, k) & LX_DEMONYM))
			return 0;
		if (lx(x, k) & (LX_STOPPER | LX_SPEECH | LX_COPULA | LX_CONJ))
			return 0;
		if (x->fr) {
			head = k;
			break;
		}
		head = k;
	}
	if (head == SIZE_MAX || (!x->fr && !actors_tok_punct(x, k, ',') && !actors_tok_punct(x, k, '.')))
		return 0;
	uint32_t hl = lx(x, head);
	/* a classifier ("the county town", "the capital"), not a name's part
	 * ("centre") */
	if (place_class(x, head))
		return EV_PLACECUE;
	if (fronted)
		return 0;
	if (hl & LX_TITLE)
		return EV_TITLE;
	if (hl & (LX_ORGCLASS | LX_ORGCUE))
		return EV_ORGCLASS;
	return 0;
}

/* « dans l'Ouest », "in the North East": a point of the compass written
 * with a capital after a lower-case definite article, standing alone
 * (actor_compass_regions), names a region. */
static bool compass_region(struct actx *x, size_t a, size_t b, size_t s0)
{
	if (a <= s0 || !is_letter(x, a - 1) || (x->tok[a - 1].f & TK_CAP) || !(lx(x, a - 1) & LX_DET) ||
	    !actors_lex_span(x, x->lx.compass, a, b))
		return false;
	for (size_t k = a; k < b; k++)
		if (is_letter(x, k) && !is_cap(x, k))
			return false;
	return true;
}

static void emit(struct actx *x, size_t ctx_a, size_t a, size_t b, size_t s0, size_t s1, uint32_t ev,
                 char gender, size_t hon_start, size_t title_a, size_t title_b)
{
	/* Trailing particles or connectors never end a name. */
	while (b > a && is_letter(x, b - 1) && !(x->tok[b - 1].f & TK_CAP) &&
	       (lx(x, b - 1) & (LX_PARTICLE | LX_CONNECT | LX_DET | LX_STOP)))
		b--;
	while (b > a && (x->tok[b - 1].f & TK_PUNCT))
		b--;
	/* Letters after a person's name (actor_postnominals: "Jane Roe KC",
	 * "John Doe MP") are no part of it; the mention keeps them. */
	size_t mb = b;
	while (b >= a + 3 && (x->tok[b - 1].f & TK_UPPER) && actors_spaced(x, b - 2) &&
	       ((lx(x, a) & LX_FIRST) || (ev & (EV_HONOR | EV_TITLE))) && actors_tok_in(x, b - 1, x->lx.postnominal)) {
		bool name = true;
		for (size_t k = a; k + 1 < b && name; k++)
			name = is_cap(x, k) && !(x->tok[k].f & TK_UPPER) && !(lx(x, k) & (LX_ORGCUE | LX_PLACECUE));
		if (!name)
			break;
		b--;
	}
	if (b <= a)
		return;
	struct acand tmp;
	memset(&tmp, 0, sizeof tmp);
	tmp.gaz_kind = -1;
	bool known = known_name(x, a, b, &tmp);
	if (!known && compass_region(x, a, b, s0)) {
		tmp.gaz_kind = GAZ_REGION;
		known = true;
	}
	uint32_t fl = lx(x, a);
	/* Letters joined by '&' ("Q&A", "R&D"): an abbreviation, no name. */
	if (!known && b - a >= 3) {
		bool letters = true, amp = false;
		for (size_t k = a; k < b && letters; k++) {
			if (actors_tok_punct(x, k, '&'))
				amp = true;
			else if (!(x->tok[k].f & TK_LETTER) || x->tok[k].end - x->tok[k].start != 1)
				letters = false;
		}
		if (letters && amp)
			return;
	}
	if (b - a == 1 && !known) {
		const struct atok *t = &x->tok[a];
		/* "Mrs. May", "President April": a name after an honorific or a title. */
		uint32_t bad = LX_NOTNAME | LX_TITLE | LX_HONOR | LX_DEMONYM | LX_DET | LX_STOP | LX_PARTICLE | LX_CONNECT |
		               LX_MODIFIER;
		if (!(ev & (EV_HONOR | EV_TITLE)))
			bad |= LX_MONTH | LX_WEEKDAY;
		if (ev & EV_HONOR)
			bad = LX_HONOR | LX_DET;    /* after « M. » or "Mrs.", any capital is a name */
		if (fl & bad)
			return;
		if ((t->f & TK_INITIAL) || is_roman(x, a) || (t->f & TK_ELIDED))
			return;
		/* « les PME », « des PFAS »: an acronym after a plural determiner
		 * names a kind of thing (actor_plural_determiners). */
		if ((t->f & TK_UPPER) && a > s0 && is_letter(x, a - 1) &&
		    (!(x->tok[a - 1].f & TK_CAP) || (x->tok[a - 1].f & TK_INIT)) && actors_tok_in(x, a - 1, x->lx.pluraldet))
			return;
		/* An abbreviation alone with its dot: "Sept.", "Corp.", "Jan.". */
		if ((fl & LX_ABBREV) && (t->f & TK_DOTNEXT) && !(fl & (LX_HONOR | LX_SAINT | LX_TITLE | LX_FIRST)) &&
		    !(ev & EV_HONOR))
			return;
	}
	if (!known) {
		/* A role phrase in capitals: "Social Sciences Lecturer"; not an
		 * office named by its head: "Office of the Inspector General". */
		bool office = false;
		for (size_t k = a; k + 1 < b && !office; k++)
			office = is_cap(x, k) && (lx(x, k) & LX_ORGCUE) && !(lx(x, k) & LX_TITLE);
		if ((lx(x, b - 1) & LX_TITLE) && !(lx(x, a) & LX_FIRST) && !office)
			return;
		/* Every word ordinary or a title: no name. */
		bool any = false;
		uint32_t plain = LX_TITLE | LX_DEMONYM | LX_STOP | LX_DET | LX_NOTNAME | LX_HONOR;
		if (!(ev & (EV_HONOR | EV_TITLE)))
			plain |= LX_MONTH | LX_WEEKDAY;
		if (ev & EV_HONOR)
			plain = LX_HONOR | LX_DET;
		for (size_t k = a; k < b && !any; k++)
			if (is_cap(x, k) && !(lx(x, k) & plain))
				any = true;
		if (!any)
			return;
	}
	struct acand *c = new_cand(x);
	c->t0 = a;
	c->t1 = b;
	c->start = x->tok[a].start;
	c->end = x->tok[b - 1].end;
	c->post_end = mb > b ? x->tok[mb - 1].end : 0;
	c->sent = x->tok[a].sent;
	c->gaz_kind = tmp.gaz_kind;
	c->gaz_name = tmp.gaz_name;
	c->canon = tmp.canon;
	c->gender = gender;
	c->hon_start = hon_start;
	c->title_t0 = (uint32_t)title_a;
	c->title_t1 = (uint32_t)title_b;
	ev |= context(x, ctx_a < a ? ctx_a : a, b, s0, s1);
	/* "Corvane, a Swedish lender, said", « Kervanec, le gendarme des
	 * marchés, a refusé »: a noun phrase in apposition after the name says
	 * what it is; that is evidence for a sentence-initial word too. */
	uint32_t app = apposition_after(x, b, s1, fronted_place(x, ctx_a < a ? ctx_a : a, s0));
	if (app) {
		ev |= app;
		ev &= ~EV_WEAK;
	}
	if (known)
		ev |= EV_GAZ;
	if (b - a == 1 && !known && common_alone(x, a, ev, s0, s1))
		ev |= EV_WEAK;
	bool upper = true;
	for (size_t k = a; k < b; k++)
		if (is_letter(x, k) && !(x->tok[k].f & TK_UPPER))
			upper = false;
	if (upper && b - a == 1 && !(x->tok[a].f & TK_DATELINE))    /* not "STANFORD, Calif. (AP) —" */
		ev |= EV_ACRONYM;
	/* "Oddo BHF", « Crédit Agricole CIB »: an acronym closing a longer name
	 * that opens with no given name. */
	if (b - a >= 2 && (x->tok[b - 1].f & TK_UPPER) && x->tok[b - 1].end - x->tok[b - 1].start >= 3 &&
	    !is_roman(x, b - 1) && !(fl & (LX_FIRST | LX_HONOR | LX_TITLE)))
		ev |= EV_ORGCUE;
	/* « Jeunes Agriculteurs », "Concerned Parents": plurals at both ends
	 * name a group, not a person. */
	if (b - a >= 2 && !known && plural_like(x, a) && plural_like(x, b - 1))
		ev |= EV_PLURAL;
	/* "BHP Billiton", "HSBC Holdings": an acronym opening a longer name. */
	if (b - a >= 2 && (x->tok[a].f & TK_UPPER) && x->tok[a].end - x->tok[a].start >= 3 && !(fl & LX_FIRST))
		ev |= EV_ORGCUE;
	if ((fl & LX_FIRST) && b - a >= 2 && is_cap(x, b - 1) && (is_cap(x, a + 1) || (lx(x, a + 1) & (LX_PARTICLE | LX_CONNECT))))
		ev |= EV_FIRST;
	/* A person's particle inside the name (Joris van der Berg, Piet de
	 * Clercq, Ahmed bin Salem): a person, unless a cue word or the
	 * gazetteer says otherwise. */
	if (!known && b - a >= 3 && !(ev & (EV_ORGCUE | EV_PLACECUE)) && person_particle_in(x, a, b))
		ev |= EV_PERSCTX;
	/* The place of a wire dateline, even when a university bears its
	 * name: "STANFORD, Calif. (AP) —". */
	if (x->tok[a].f & TK_DATELINE) {
		ev |= EV_PLACECUE;
		if (c->gaz_kind == GAZ_ORG)
			c->gaz_kind = -1;
	}
	/* « Saint-Nazaire », « Sainte-Foy »: a saint's compound alone is a place. */
	if (b - a == 1 && !known && saint_compound(x, a))
		ev |= EV_PLACECUE;
	/* A saint: St. Francis of Assisi (a person unless a cue says otherwise). */
	size_t after_saint = a + 1 < b && actors_tok_punct(x, a + 1, '.') ? a + 2 : a + 1;
	if ((fl & LX_SAINT) && after_saint < b && (lx(x, after_saint) & LX_FIRST))
		ev |= EV_SAINT;
	/* « la Ville de Paris », « la Région Bretagne »: a territory's head
	 * written with a capital mid-sentence names its administration. */
	bool body = b - a >= 2 && !(x->tok[a].f & (TK_INIT | TK_HEAD)) && is_cap(x, a) &&
	            actors_lex_span(x, x->lx.bodies, a, a + 1);
	/* "Parliament Square", "Union Station": an English name ends in its
	 * head noun; a street's or building's noun there (actor_place_cues,
	 * kind suffix) makes the whole a place, whatever body's word
	 * qualifies it before. */
	bool venue = !x->fr && b - a >= 2 && venue_head(x, b - 1);
	for (size_t k = a; k < b; k++) {
		uint32_t kl = lx(x, k);
		if (is_cap(x, k) && (kl & LX_ORGCUE) && !(venue && k + 1 < b))
			ev |= EV_ORGCUE;
		if (is_cap(x, k) && (kl & LX_PLACECUE) && !(k == a && (kl & LX_SAINT)) && (k > a || b - a >= 2) &&
		    !(body && k == a))
			ev |= EV_PLACECUE;
	}
	if (body)
		ev |= EV_ORGCUE;
	/* pl8: "the Arrow valley" (see geo_noun_after()): a place. */
	if (!x->fr && b - a >= 2 && geo_noun(x, b - 1))
		ev |= EV_PLACECUE;
	/* « France Travail », « France Télévisions »: a country and one more
	 * capitalised word that is no name of its own is a body's name. */
	if (x->fr && b - a >= 2 && b - a <= 4 && !known && !(fl & LX_FIRST) && known_kind(x, a, a + 1) == GAZ_COUNTRY) {
		/* « France Nature Environnement Loire »: more words, none a given name */
		bool fbody = true;
		for (size_t k = a + 1; k < b && fbody; k++)
			fbody = is_cap(x, k) && !(x->tok[k].f & TK_UPPER) &&
			       !(lx(x, k) & (LX_FIRST | LX_TITLE | LX_DEMONYM | LX_ORGCUE | (k == a + 1 ? LX_PLACECUE : 0))) &&
			       (k > a + 1 || !is_known(x, a + 1, b));
		if (fbody)
			ev |= EV_ORGCUE;
	}
	/* "Statistics Norway", "Police Scotland", "Transport Canada": a common
	 * word (a role's noun too) and a country or region is a fbody's name in
	 * English. */
	if (!x->fr && b - a == 2 && !known && is_cap(x, a) && !(x->tok[a].f & TK_UPPER) &&
	    !(fl & (LX_FIRST | LX_TITLE | LX_DEMONYM | LX_MODIFIER | LX_PLACECUE | LX_SAINT | LX_HONOR)) &&
	    !adjective_shape(x, a)) {
		int kind = known_kind(x, a + 1, b);
		if (kind == GAZ_COUNTRY || kind == GAZ_REGION)
			ev |= EV_ORGCUE;
	}
	/* "National Cyber Security Centre", "Federal Aviation Administration":
	 * an institution's adjective opening a longer English name. */
	if (!x->fr && b - a >= 3 && !known && is_cap(x, a) && (fl & LX_INSTADJ) && !(lx(x, a + 1) & LX_FIRST))
		ev |= EV_ORGCUE;
	/* « Météo-France », « Business-France »: a hyphenated word ending in a
	 * country's name, unknown as a whole, is a body's name. */
	if (b == a + 1 && !known && is_cap(x, a) && !(fl & LX_FIRST) && country_hyphen(x, a))
		ev |= EV_ORGCUE;
	/* "NovaWatt France", "flyNordica": a brand. */
	if (!known && !(fl & LX_FIRST) && camel_case(x, a))
		ev |= EV_ORGCUE;
	/* « Boulogne-sur-Mer », « Bouches-du-Rhône »: the shape of a place. */
	if (b - a == 1 && !known && (hyphen_place(x, a) || ends_with(x, x->lx.placesuf, a) || pays_name(x, a)))
		ev |= EV_PLACECUE;
	/* "Scottish Hydrogens", "American Airlines": a nationality and a
	 * plural noun name a body, not a person. */
	if (!x->fr && b - a == 2 && (fl & LX_DEMONYM) && is_cap(x, a + 1) && !(lx(x, a + 1) & (LX_FIRST | LX_DEMONYM)) &&
	    x->text[x->tok[a + 1].end - 1] == 's')
		ev |= EV_ORGCUE;
	/* "Hart & Beaumont", « Cidre & Sarrasin »: a firm. */
	for (size_t k = a + 1; k + 1 < b && !(fl & LX_FIRST); k++)
		if (actors_tok_punct(x, k, '&')) {
			ev |= EV_ORGCUE;
			break;
		}
	/* « la Coordination rurale »: a common noun and its adjectives. */
	if (b - a >= 2 && !known && !(x->tok[a + 1].f & TK_CAP) && adjective_like(x, a + 1) && noun_head(x, a))
		ev |= EV_ORGCUE;
	c->ev = ev;
}

/* A country's name or abbreviation of one to four tokens at k, followed
 * inside [k, j) by a title word: its end, else k. */
static size_t country_in_title(struct actx *x, size_t k, size_t j)
{
	if (!is_cap(x, k))
		return k;
	bool title = false;
	for (size_t e = k + 1; e < j && e <= k + 5 && !title; e++)
		title = lx(x, e) & (LX_TITLE | LX_ADJ);
	if (!title)
		return k;
	for (size_t m = k + 4 < j ? k + 4 : j - 1; m > k; m--) {
		struct acand tmp;
		memset(&tmp, 0, sizeof tmp);
		tmp.gaz_kind = -1;
		if (!known_name(x, k, m, &tmp) || tmp.gaz_kind != GAZ_COUNTRY)
			continue;
		size_t e = m;
		if (e < j && actors_tok_punct(x, e, '.') && x->tok[e].start == x->tok[e - 1].end)
			e++;
		if (e < j && (lx(x, e) & (LX_TITLE | LX_ADJ)))
			return e;
	}
	return k;
}

/* A title (possibly several words) starting at i within [i, j): its end, or i. */
static size_t title_end(struct actx *x, size_t i, size_t j)
{
	size_t best = i;
	/* Multi-word titles from the lexicon: Prime Minister, Secretary of State. */
	size_t lim = j - 1 < i + 5 ? j - 1 : i + 5;
	for (size_t m = lim; m > i; m--)
		if (actors_lex_span(x, x->lx.titles, i, m) || actors_lex_span(x, x->lx.titles_cfg, i, m)) {
			best = m;
			break;
		}
	/* Or modifiers and adjectives around one title word: Foreign Minister,
	 * Russian President, Vice President. */
	size_t k = i;
	bool title = false;
	while (k < j - 1) {
		uint32_t kl = lx(x, k);
		if (kl & LX_TITLE) {
			title = true;
			k++;
			if (k < j - 1 && (lx(x, k) & LX_TITLE))
				continue;
			break;
		}
		if (kl & (LX_MODIFIER | LX_ADJ | LX_DEMONYM)) {
			k++;
			continue;
		}
		/* A country inside the title: "Assistant U.S. Attorney", "U.S.
		 * Magistrate Judge". */
		size_t m = country_in_title(x, k, j);
		if (m > k) {
			k = m;
			continue;
		}
		break;
	}
	if (title && k > best)
		best = k;
	/* Skip a dot after an abbreviated title (Gov., Sen.). */
	if (best > i && best < j && actors_tok_punct(x, best, '.'))
		best++;
	return best;
}

/* A title, or the plural of one (« les ministres »). */
static bool title_or_plural(struct actx *x, size_t k)
{
	if (lx(x, k) & LX_TITLE)
		return true;
	const struct afold *f = actors_tok_fold(x, k);
	if (!f || f->len < 4 || (f->fold[f->len - 1] != 's' && f->fold[f->len - 1] != 'x'))
		return false;
	return lex_has(x->lx.titles, f->fold, f->len - 1) || lex_has(x->lx.titles_cfg, f->fold, f->len - 1);
}

/* A word that looks like a plural common noun ("Prosecutors",
 * « Riveraines »): -s or -x after four letters or more, no -ss, -us, -is
 * (Jones keeps its chance through its full name elsewhere), no first name
 * or lexicon name. */
static bool plural_like(struct actx *x, size_t i)
{
	const struct afold *f = actors_tok_fold(x, i);
	if (!f || f->len < 5 || (f->lx & LX_FIRST) || (x->tok[i].f & TK_UPPER))
		return false;
	char z = f->fold[f->len - 1], y = f->fold[f->len - 2];
	bool men = !x->fr && f->len >= 6 && !memcmp(f->fold + f->len - 3, "men", 3);   /* Fishermen */
	if (!men && (!(z == 's' || (x->fr && z == 'x')) || y == 's' || y == 'u' || y == 'i'))
		return false;
	return !is_known(x, i, i + 1);
}

/* Does the run [a, j) after a demonym look like a person's name: a first
 * name, or a determiner before the demonym (« le Géorgien Levan Kipiani »,
 * "the Colombian Andrés Ruiz"), and no cue word? */
static bool person_after_demonym(struct actx *x, size_t d, size_t a, size_t j)
{
	for (size_t k = a; k < j; k++)
		if (lx(x, k) & (LX_ORGCUE | LX_PLACECUE | LX_TITLE))
			return false;
	if (lx(x, a) & LX_FIRST)
		return true;
	return j - a >= 2 && d > 0 && (lx(x, d - 1) & LX_DET) && !(x->tok[d - 1].f & TK_CAP) &&
	       x->tok[d - 1].sent == x->tok[d].sent;
}

/* A lower-case person particle or connector (de, van, von) at k. */
static bool lower_particle(struct actx *x, size_t k)
{
	return is_letter(x, k) && !(x->tok[k].f & TK_CAP) && (lx(x, k) & (LX_PARTICLE | LX_CONNECT));
}

/* The end of a ministry's domain that ends at j: its adjectives and a
 * second domain joined by « et »: « de la Transition écologique », « de
 * l'Agriculture et de la Souveraineté alimentaire ». */
static size_t domain_end(struct actx *x, size_t j, size_t end)
{
	for (int second = 0;; second++) {
		for (size_t k = j; k < end && k < j + 2 && adjective_like(x, k) && actors_spaced(x, k - 1) &&
		                   !(lx(x, k) & LX_DEMONYM);)
			j = ++k;
		if (second) {
			/* « et des Anciens combattants »: lower-case nouns when a
			 * clear boundary follows them. */
			size_t e = j;
			while (e < end && e < j + 2 && is_letter(x, e) && !(x->tok[e].f & TK_CAP) && !ordinary_lower(x, e) &&
			       actors_spaced(x, e - 1))
				e++;
			if (e > j && (e >= end || !is_letter(x, e) || (lx(x, e) & (LX_STOPPER | LX_SPEECH | LX_COPULA))))
				return e;
			return j;
		}
		if (!(j + 2 < end && (lx(x, j) & LX_CONJ) && !(x->tok[j].f & TK_CAP) && is_letter(x, j)))
			return j;
		size_t k = j + 1;
		if (!((lx(x, k) & LX_CONNECT) && !(x->tok[k].f & TK_CAP)))
			return j;
		k++;
		if (k < end && (lx(x, k) & LX_DET) && !(x->tok[k].f & TK_CAP))
			k++;
		if (k >= end || !is_cap(x, k) || (lx(x, k) & (LX_FIRST | LX_HONOR | LX_TITLE)))
			return j;
		j = k + 1;
	}
}

/* Does a known name of two words or more open the run [a, j) (« North
 * Yorkshire Police »: not the ordinary word "North")? */
static bool known_from(struct actx *x, size_t a, size_t j)
{
	for (size_t m = a + 2; m <= j && m <= a + 4; m++)
		if (is_known(x, a, m))
			return true;
	return false;
}

/* Process the raw run [i, *jp) of sentence [s0, s1) (a split may move its
 * end: *jp is where the caller goes on).  Returns true when the
 * run is a role phrase in capitals (Director of Development), whose
 * coordinated rest the caller skips. */
/* The lower-case rest of a collective's name from token j: a preposition
 * of actor_collective_name_preps and a lower-case word, once or twice,
 * then a number or capitalised words (« en lutte 86 », « en danger
 * Trégor-Léon », « en commun »).  Returns the new end or j. */
static size_t collective_tail(struct actx *x, size_t j, size_t end)
{
	size_t k = j;
	for (int n = 0; n < 2; n++) {
		if (k + 1 >= end || !actors_spaced(x, k - 1) || !is_letter(x, k) || (x->tok[k].f & TK_CAP) ||
		    !is_letter(x, k + 1) || (x->tok[k + 1].f & TK_CAP) ||
		    (lx(x, k + 1) & (LX_DET | LX_CONNECT | LX_STOP | LX_STOPPER | LX_SPEECH | LX_COPULA | LX_CONJ)))
			break;
		size_t wn;
		const char *w = actors_tok_text(x, k, &wn);
		if (!lex_has(x->lx.collprep, w, wn))
			break;
		k += 2;
	}
	if (k == j) {
		/* « l'association Loire vivante, qui … »: one adjective, then a
		 * clear boundary */
		if (j + 1 <= end && adjective_like(x, j) && actors_spaced(x, j - 1) && !participle_clause(x, j, end) &&
		    (j + 1 == end || !is_letter(x, j + 1) || (lx(x, j + 1) & (LX_STOPPER | LX_SPEECH | LX_COPULA | LX_CONJ))))
			return j + 1;
		return j;
	}
	/* a département's number, not a year: « en lutte 86 », not « d'ici 2030 » */
	if (k < end && actors_spaced(x, k - 1) && (x->tok[k].f & TK_NUM) && x->tok[k].end - x->tok[k].start <= 3)
		return k + 1;
	if (k < end && (x->tok[k].f & TK_NUM))
		return j;
	if (k < end && actors_spaced(x, k - 1) && is_cap(x, k)) {
		while (k < end && actors_spaced(x, k - 1) && is_cap(x, k))
			k++;
		return k;
	}
	/* otherwise a clear boundary must follow: not « en appelle au préfet » */
	if (k >= end || !is_letter(x, k) || (lx(x, k) & (LX_STOPPER | LX_SPEECH | LX_COPULA | LX_CONJ)))
		return k;
	return j;
}

/* fr8: a collective named by a common word and a place: « le collectif
 * Respirer aux Grandes Terres », « l'association Vivre au Port, qui … »,
 * « le collectif Musiques en Lez, … ».  After the classifier, the run
 * [a, j) is one word of the dictionary (a verb, a common noun), then a
 * preposition of actor_slogan_name_preps and capitalised words up to
 * a clear boundary (punctuation, a relative, a verb the lexicons know).
 * A name (« le collectif Dupont à Rennes ») is no common word: the place
 * stays apart.  Returns the new end or j. */
static size_t slogan_tail(struct actx *x, size_t a, size_t j, size_t end)
{
	if (!x->fr || j - a != 1 || j + 1 >= end || !actors_tok_lower(x, j) || !actors_spaced(x, a) || !actors_spaced(x, j) ||
	    !is_cap(x, j + 1) || (x->tok[j + 1].f & TK_UPPER) || (lx(x, a) & (LX_FIRST | LX_HONOR | LX_TITLE)) ||
	    is_known(x, a, j) || !dict_common(x, a))
		return j;
	size_t wn;
	const char *w = actors_tok_text(x, j, &wn);
	if (!x->lx.sloganprep || !lex_has(x->lx.sloganprep, w, wn))
		return j;
	size_t k = j + 1;
	while (k < end && is_cap(x, k) && k < j + 4) {
		k++;
		if (k < end && !actors_spaced(x, k - 1))
			break;
	}
	if (k < end && is_letter(x, k) && !(lx(x, k) & (LX_STOPPER | LX_SPEECH | LX_COPULA | LX_CONJ)))
		return j;    /* no clear boundary: « le collectif Respirer en Bretagne réclame … » is not sure */
	return k;
}

/* Does the run [a, j) name an event, not an actor?  After a lower-case
 * classifier of actor_thing_classifiers (« la tempête Ciarán », "Operation
 * X") or opened by one ("Hurricane Ida"); or opened (value first: « le
 * Salon de l'agriculture », « la Coupe du monde ») or closed after an
 * article (value last: "the Larch Fire", not "Cal Fire") by a word of
 * actor_event_words. */
static bool event_name(struct actx *x, size_t a, size_t j, size_t s0)
{
	if (!lex_size(x->lx.eventcls) && !lex_size(x->lx.eventword))
		return false;
	bool det = a + 1 < j && (lx(x, a) & LX_DET);
	if (det)
		a++;
	if (a > s0 && is_letter(x, a - 1)) {
		if (!(x->tok[a - 1].f & TK_CAP) && actors_tok_in(x, a - 1, x->lx.eventcls))
			return true;
		det = det || (lx(x, a - 1) & LX_DET);
	}
	if (j - a >= 2 && actors_tok_in(x, a, x->lx.eventcls))
		return true;
	const char *v = actors_tok_get(x, a, x->lx.eventword);
	if (v && !strcmp(v, "first"))
		return true;
	/* "World War II": a numbered event needs no article */
	if (j - a >= 3 && is_roman(x, j - 1)) {
		v = actors_tok_get(x, j - 2, x->lx.eventword);
		if (v && !strcmp(v, "last"))
			return true;
	}
	v = j - a >= 2 ? actors_tok_get(x, j - 1, x->lx.eventword) : NULL;
	return v && !strcmp(v, "last") && det;
}

/* English bodies whose first word is ordinary, opening a sentence:
 * "Transport Canada said", "Welsh Renewables said" (a role's noun and a
 * country or region; a nationality and a capitalised plural). */
static bool init_body(struct actx *x, size_t a, size_t j)
{
	if (x->fr || j != a + 2 || !is_cap(x, a + 1) || (x->tok[a + 1].f & TK_UPPER) ||
	    (lx(x, a) & (LX_STOP | LX_COMMON | LX_TITLE | LX_DET | LX_STOPPER | LX_CONNECT | LX_HONOR | LX_SPEECH |
	                 LX_MODIFIER | LX_PLACEPREP | LX_SOURCEPREP | LX_NOTNAME)))
		return false;
	uint32_t l = lx(x, a);
	if (l & LX_DEMONYM)
		return !(lx(x, a + 1) & (LX_FIRST | LX_DEMONYM | LX_TITLE | LX_COMMON)) && !is_known(x, a + 1, j) &&
		       x->text[x->tok[a + 1].end - 1] == 's';
	int kind = known_kind(x, a + 1, j);
	return (l & LX_ADJ) && !adjective_shape(x, a) && (kind == GAZ_COUNTRY || kind == GAZ_REGION);
}

/* Honorifics from token *a of the run [*a, j): M., Mme, Mr, Dr.  Moves *a
 * past them, keeps the gender they give and the first one's token. */
static bool skip_honorifics(struct actx *x, size_t *a, size_t j, char *gender, size_t *hon_tok)
{
	size_t k = *a;
	while (k < j && (lx(x, k) & LX_HONOR) && j - k >= 2 && (x->tok[k].f & TK_CAP)) {
		const struct afold *f = actors_tok_fold(x, k);
		if (f->gender)
			*gender = f->gender;
		if (*hon_tok == SIZE_MAX)
			*hon_tok = k;
		k++;
		if (k < j && actors_tok_punct(x, k, '.'))
			k++;
	}
	bool moved = k != *a;
	*a = k;
	return moved;
}

static bool process(struct actx *x, size_t i, size_t *jp, size_t s0, size_t s1)
{
	size_t j = *jp;
	size_t a = i;
	char gender = 0;
	bool init = x->tok[a].f & TK_INIT;
	size_t hon_tok = SIZE_MAX;
	/* Headlines: keep only words with evidence of their own. */
	if (x->tok[a].f & TK_HEAD) {
		size_t k = a;
		while (k < j) {
			while (k < j && !(is_cap(x, k) && head_evidence(x, k) && !ordinary(x, k)))
				k++;
			size_t e = k;
			/* ... and a surname after a given name, unless the word lists
			 * call it a common word ("Media contact: Ann Castelo-Brandt") */
			while (e < j && ((is_cap(x, e) && head_evidence(x, e)) || (x->tok[e].f & TK_PUNCT) ||
			                 (lx(x, e) & (LX_PARTICLE | LX_CONNECT)) ||
			                 (e > k && is_cap(x, e) && (lx(x, e - 1) & LX_FIRST) && is_cap(x, e - 1) &&
			                  !ordinary(x, e) && !dict_common(x, e))))
				e++;
			if (e > k)
				emit(x, k, k, e, s0, s1, 0, 0, SIZE_MAX, 0, 0);
			k = e > k ? e : k + 1;
		}
		return false;
	}
	/* A determiner: part of the name only if capitalised mid-sentence (Le
	 * Monde, The Hague) or if the name with it is known (Le Caire). */
	if ((lx(x, a) & LX_DET) && j - a >= 2) {
		bool keep = is_known(x, a, j) || (!(x->tok[a].f & TK_ELIDED) && !init);
		if (!keep)
			a++;
		init = false;
	}
	/* Honorifics: M., Mme, Mr, Dr. */
	if (skip_honorifics(x, &a, j, &gender, &hon_tok))
		init = false;
	/* Titles: Prime Minister Tony Abbott, Russian President Vladimir Putin. */
	size_t ctx_a = hon_tok != SIZE_MAX ? hon_tok : a;
	size_t ta = a, tb = a;
	if (a < j && j - a >= 2) {
		size_t e = title_end(x, a, j);
		/* A name ending in an organisation's cue keeps its title: Sultan Qaboos University. */
		/* ... and so does a title before one cue word: Premier League. */
		bool org_name = is_cap(x, j - 1) && (lx(x, j - 1) & LX_ORGCUE) && j - e >= 1 &&
		                (j - e >= 2 || !(lx(x, j - 1) & LX_TITLE));
		/* "regional officer Dean McAllister": after a title in lower case, a
		 * given name that is also a title word opens the name. */
		bool given = e == a + 1 && (lx(x, a) & LX_FIRST) && a > s0 && is_letter(x, a - 1) &&
		             !(x->tok[a - 1].f & TK_CAP) && (lx(x, a - 1) & LX_TITLE);
		if (e > a && e < j && is_cap(x, e) && !org_name && !given && !(x->tok[e - 1].f & TK_POSS)) {
			for (size_t k = a; k < e; k++) {
				const struct afold *f = actors_tok_fold(x, k);
				if (f && f->gender && (f->lx & LX_TITLE))
					gender = f->gender;
			}
			tb = e;
			a = e;
			init = false;
		}
	}
	if (a >= j)
		return false;
	/* A capitalised title followed by a connector or nothing: a role, no name. */
	if (tb == ta && (lx(x, a) & LX_TITLE) && (x->tok[a].f & TK_CAP) && !(lx(x, a) & LX_FIRST) &&
	    (a + 1 == j || (lx(x, a + 1) & LX_CONNECT))) {
		if (!is_known(x, a, j))
			return true;
	}
	/* A demonym of several words: "South Korean", "New Zealanders". */
	if (j - a >= 2 && actors_lex_span(x, x->lx.demonym, a, j) && !is_known(x, a, j))
		return false;
	/* A sentence-initial ordinary word: « Selon Bloomberg », "Volunteers";
	 * not an English cue word that took its number ("Ward 10 voters"). */
	while (init && a < j && ordinary(x, a) && !(!x->fr && a + 1 < j && (x->tok[a + 1].f & TK_NUM)) &&
	       !((lx(x, a) & LX_FIRST) && a + 1 < j && is_cap(x, a + 1)) && !known_from(x, a, j) && !init_body(x, a, j)) {
		a++;
		while (a < j && !is_cap(x, a))
			a++;
		init = false;
		ctx_a = a;
		/* « Pour Me Anne Roy, son avocate »: the honorific after the word */
		if (skip_honorifics(x, &a, j, &gender, &hon_tok))
			ctx_a = hon_tok;
	}
	if (a >= j || (j - a >= 2 && actors_lex_span(x, x->lx.demonym, a, j) && !is_known(x, a, j)))
		return false;    /* ... or what the word before was: "Several New Zealanders" */
	/* A capital opening a title written on in lower case: « le Premier
	 * ministre », « la Première dame ». */
	if (j - a == 1 && j < s1 && is_letter(x, j) && !(x->tok[j].f & TK_CAP)) {
		for (size_t m = j + 1; m <= s1 && m <= a + 4; m++)
			if (actors_lex_span(x, x->lx.titles, a, m) || actors_lex_span(x, x->lx.titles_cfg, a, m))
				return false;
	}
	/* A sentence-initial classifier noun: "Chipmaker Nvidia said". */
	if (init && a + 1 < j && is_cap(x, a + 1) && (lx(x, a) & LX_ORGCLASS) && !(lx(x, a) & LX_FIRST)) {
		if (!is_known(x, a, j)) {
			a++;
			init = false;
			ctx_a = a;
		}
	}
	/* A demonym used as a noun before a person's name: "the Colombian
	 * Andrés Ruiz" is Andrés Ruiz (organisations keep theirs: Nigerian
	 * Breweries). */
	if (a + 1 < j && (lx(x, a) & LX_DEMONYM) && is_cap(x, a + 1) && person_after_demonym(x, a, a + 1, j)) {
		if (!is_known(x, a, j)) {
			a++;
			init = false;
			ctx_a = a;
		}
	}
	/* The domain of a title, capitalised by custom: « la ministre de
	 * l'Énergie », « commissaire européen à l'Énergie »: part of the role. */
	if (j - a == 1 && a >= s0 + 2 && !(lx(x, a) & LX_FIRST)) {
		size_t k = a - 1;
		bool det = k > s0 && (lx(x, k) & LX_DET) && !(x->tok[k].f & TK_CAP);
		if (det)
			k--;
		else if (k > s0 && !(x->tok[k].f & TK_CAP))
			det = actors_tok_in(x, k, x->lx.articles);     /* « du Travail », « des Armées » */
		if (k > s0 && (lx(x, k) & (LX_CONNECT | LX_PLACEPREP)) && !(x->tok[k].f & TK_CAP)) {
			k--;
			while (k > s0 && (lx(x, k) & (LX_ADJ | LX_DEMONYM | LX_INSTADJ)) && !(x->tok[k].f & TK_CAP))
				k--;
			if (!(x->tok[k].f & TK_CAP) && is_letter(x, k) && !is_known(x, a, j)) {
				/* « le maire de Kerlouan », "the mayor of Duxbury": a seat's
				 * place; « le président de Vantelis »: a name that the text
				 * never writes in lower case, without an article. */
				const struct afold *af = actors_tok_fold(x, a);
				bool domain = det || (af && (af->n_lower > 0 || (af->lx & LX_COMMON))) || (x->tok[a].f & TK_UPPER);
				if (title_or_plural(x, k) && !(lx(x, k) & LX_SEAT) && domain)
					return false;
				/* « ministère fédéral de l'Économie »: an organisation named by the whole phrase. */
				const char *v = (lx(x, k) & LX_ORGCLASS) ? actors_tok_get(x, k, x->lx.orgclass) : NULL;
				if (v && !strcmp(v, "part")) {
					size_t de = domain_end(x, j, s1), ss = seat_start(x, de, s1);
					size_t se = ss ? known_place_at(x, ss, s1) : 0;
					emit(x, k, k, se ? se : de, s0, s1, EV_ORGCLASS, 0, SIZE_MAX, 0, 0);
					/* « le musée des Beaux-Arts de Quimper »: its seat is a place of its own */
					if (se)
						emit(x, ss, ss, se, s0, s1, EV_PLACECUE, 0, SIZE_MAX, 0, 0);
					*jp = se ? se : de;
					return false;
				}
			} else if (!(x->tok[k].f & TK_CAP) && is_letter(x, k) && (lx(x, k) & LX_ORGCLASS) &&
			           place_kind(known_kind(x, a, j))) {
				/* « le musée de Bretagne »: an organisation named by a known
				 * place, which stays a place inside it. */
				const char *v = actors_tok_get(x, k, x->lx.orgclass);
				if (v && !strcmp(v, "part") && !(lx(x, k) & LX_PLACECUE)) {
					emit(x, k, k, j, s0, s1, EV_ORGCLASS, 0, SIZE_MAX, 0, 0);
					emit(x, a, a, j, s0, s1, EV_PLACECUE, 0, SIZE_MAX, 0, 0);
					*jp = j;
					return false;
				}
			}
		}
	}
	/* Two names run together: « préfet de Corse Claude Érignac »,
	 * "Monash University Zareh Ghazarian": split before a first name that
	 * follows a known place or organisation. */
	for (size_t k = a + 1; k < j; k++) {
		/* The first name may end the run when a particle follows it: « la
		 * Manche Pierre-Édouard de La Motte-Servan ». */
		bool more = k + 1 < j ? is_cap(x, k + 1) :
		            k + 2 < s1 && lower_particle(x, k + 1) && actors_spaced(x, k);
		if (!(lx(x, k) & LX_FIRST) || !is_cap(x, k) || !more || (lx(x, k - 1) & (LX_FIRST | LX_PARTICLE | LX_CONNECT)))
			continue;    /* a capitalised given name: not « du » (also a given name) */
		bool left = is_known(x, a, k) || (lx(x, k - 1) & (LX_ORGCUE | LX_PLACECUE));
		/* not "the Oregon Marine Highway Board": a cue word after the
		 * given name makes the rest a body's or a place's name */
		bool cue = false;
		for (size_t m = k + 1; m < j && !cue; m++)
			cue = is_cap(x, m) && (lx(x, m) & (LX_ORGCUE | LX_PLACECUE));
		if (!left || cue)
			continue;
		emit(x, ctx_a, a, k, s0, s1, 0, 0, SIZE_MAX, 0, 0);
		if (k + 1 == j)
			*jp = j = extend(x, k, s1);     /* the name goes on past the particle */
		return process(x, k, jp, s0, s1);
	}
	/* A title inside the run: "Meta Platforms Chief Executive Mark
	 * Zuckerberg", "New York Governor Kathy Hochul": the name before, then
	 * the titled person. */
	for (size_t k = a + 1; k + 1 < j; k++) {
		if (!(lx(x, k) & (LX_TITLE | LX_ADJ | LX_MODIFIER)) || (lx(x, k - 1) & (LX_TITLE | LX_ADJ | LX_MODIFIER)))
			continue;
		size_t e = title_end(x, k, j);
		if (e <= k || e >= j || !is_cap(x, e) || !((lx(x, e) & LX_FIRST) || j - e >= 2))
			continue;
		/* "Halton Lord Mayor X": a seat's title; the words before it are a place */
		bool seat = false;
		for (size_t t = k; t < e && !seat; t++)
			seat = (lx(x, t) & LX_SEAT) && (lx(x, t) & LX_TITLE);
		/* "Tribal President X", "UK Fisheries Minister X": English common
		 * words (by the word lists) right before the title are its domain,
		 * no name of their own. */
		size_t d = k;
		while (!x->fr && !seat && d > a && !(lx(x, d - 1) & LX_FIRST) && dict_common(x, d - 1) &&
		       !is_known(x, d - 1, d))
			d--;
		if (d > a)
			emit(x, ctx_a, a, d, s0, s1, seat && !x->fr ? EV_PLACECUE : 0, 0, SIZE_MAX, 0, 0);
		return process(x, k, jp, s0, s1);
	}
	uint32_t ev = tb > ta ? EV_TITLE : 0;
	size_t hon = hon_tok != SIZE_MAX ? x->tok[hon_tok].start : SIZE_MAX;
	if (hon != SIZE_MAX)
		ev |= EV_HONOR;
	/* A sentence-initial single word without evidence: kept as a possible
	 * alias only; so is a capitalised word that the article mostly writes
	 * in lower case (« du Boson de Higgs » in a title, « la boson » after). */
	if (j - a == 1) {
		const struct afold *f = actors_tok_fold(x, a);
		/* « Macron a déclaré »: a speech verb after it is evidence enough. */
		/* « Lactalis et Sodiaal n'ont pas … »: coordinated with a capital. */
		bool coord = j + 1 < s1 && is_letter(x, j) && !(x->tok[j].f & TK_CAP) && (lx(x, j) & LX_CONJ) &&
		             is_cap(x, j + 1) && !ordinary(x, a) && !plural_like(x, a);
		if (init && !word_evidence(x, a) && !coord && !paren_place(x, j, s1) &&
		    !(j < s1 && is_speech_at(x, j, s1) && !ordinary(x, a) && !plural_like(x, a)))
			ev |= EV_WEAK;
		else if (!init && f && f->n_lower > 2 * f->n_capmid && !lex_evidence(x, a))
			ev |= EV_WEAK;
	}
	/* An English common word (by the word lists) and a number, which no
	 * cue made a place's name: "in Year 4", "Page 2". */
	if (!x->fr && j - a == 1 && j < s1 && (x->tok[j].f & TK_NUM) && actors_spaced(x, a) && tb == ta &&
	    hon == SIZE_MAX && !(lx(x, a) & (LX_FIRST | LX_PLACECUE | LX_ORGCUE)) && dict_common(x, a) && !is_known(x, a, j))
		return false;
	/* Demonyms as nouns: « deux Russes », "Australian". */
	if (j - a == 1 && (lx(x, a) & LX_DEMONYM))
		return false;
	/* "an Ohio Republican", "a Texas Democrat": a description. */
	if (j - a == 2 && (lx(x, a + 1) & LX_NOTNAME) && place_kind(known_kind(x, a, a + 1))) {
		emit(x, ctx_a, a, a + 1, s0, s1, 0, 0, SIZE_MAX, 0, 0);    /* the place stays */
		return false;
	}
	/* « le collectif Soignants en lutte 29 », « l'association Usagers
	 * en colère »: after a collective's classifier, the name goes on in
	 * lower case. */
	if (a > s0 && !(x->tok[a - 1].f & TK_CAP) && is_letter(x, a - 1) && lex_size(x->lx.collective)) {
		bool cls = actors_tok_in(x, a - 1, x->lx.collective);
		/* fr8: « l'association de riverains Vivre … »: the classifier and
		 * its complement's noun */
		if (!cls && x->fr && a >= s0 + 3 && !(x->tok[a - 3].f & TK_CAP) && is_letter(x, a - 3) &&
		    actors_tok_lower(x, a - 2) && (lx(x, a - 2) & LX_CONNECT) && !(lx(x, a - 1) & (LX_STOP | LX_DET))) {
			cls = actors_tok_in(x, a - 3, x->lx.collective);
		}
		size_t e = cls ? collective_tail(x, j, s1) : j;
		if (cls && e == j)
			e = slogan_tail(x, a, j, s1);
		if (e > j) {
			*jp = j = e;
			ev &= ~EV_WEAK;    /* « vacataires » in lower case elsewhere */
		}
	}
	/* « Sdis 29 », « FDSEA 56 »: a body's acronym and its département's number */
	if (x->fr && j - a == 1 && j < s1 && (x->tok[j].f & TK_NUM) && actors_spaced(x, a) && x->tok[j].end - x->tok[j].start <= 3 &&
	    seat_acronym(x, a) &&
	    !(j + 1 < s1 && is_letter(x, j + 1) && !(x->tok[j + 1].f & TK_CAP) && !ordinary_lower(x, j + 1)))
		*jp = j = j + 1;
	/* ... and a town's inhabitants: « les Vannetais », « des Brestois ». */
	if (j - a == 1 && (inhabitants(x, a) || described_by_age(x, a, j, s0, s1) || indef_inhabitant(x, a, s0)))
		return false;
	if (event_name(x, a, j, s0)) {
		/* « le Marathon des Étangs », "the Tour of the Dales": its
		 * complement in capitals is part of the event's name */
		size_t c = j;
		if (c + 1 < s1 && is_letter(x, c) && !(x->tok[c].f & TK_CAP) && (lx(x, c) & LX_CONNECT)) {
			c++;
			if (c + 1 < s1 && is_letter(x, c) && !(x->tok[c].f & TK_CAP) && (lx(x, c) & LX_DET))
				c++;
			if (is_cap(x, c)) {
				while (c < s1 && is_cap(x, c) && actors_spaced(x, c - 1))
					c++;
				j = c;
				*jp = j;
			}
		}
		/* an event is no actor; a known place in its name is: "the Lisbon Marathon" */
		for (size_t k = a; k < j; k++) {
			size_t e = known_place_at(x, k, j);
			if (e) {
				emit(x, k, k, e, s0, s1, EV_PLACECUE, 0, SIZE_MAX, 0, 0);
				k = e - 1;
			}
		}
		return false;
	}
	emit(x, ctx_a, a, j, s0, s1, ev, gender, hon, ta, tb);
	/* "the U.S. Small Business Administration", "Assistant U.S. Attorney
	 * Rebecca Lindqvist": an abbreviated country inside a longer name
	 * is a place of its own. */
	if (!x->fr && j - a >= 2)
		for (size_t k = a; k < j; k++) {
			size_t n;
			const char *w = actors_tok_text(x, k, &n);
			if (!is_cap(x, k) || !memchr(w, '.', n))
				continue;
			size_t e = k + 1;
			if (e < j && actors_tok_punct(x, e, '.') && x->tok[e].start == x->tok[k].end)
				e++;
			if (e - a < j - a && known_kind(x, k, e) == GAZ_COUNTRY) {
				emit(x, k, k, e, s0, s1, EV_PLACECUE, 0, SIZE_MAX, 0, 0);
				break;
			}
			if (e > k + 1 && known_kind(x, k, k + 1) == GAZ_COUNTRY && (k > a || j > k + 2)) {
				emit(x, k, k, k + 1, s0, s1, EV_PLACECUE, 0, SIZE_MAX, 0, 0);
				break;
			}
		}
	/* "Tregaron Crown Court", "Ashby Vale District Council": the words
	 * before a seat suffix (actor_seat_suffixes) name a place of their own. */
	size_t sa = a < j && (lx(x, a) & LX_DET) ? a + 1 : a;    /* The Ashby Vale … */
	if (!x->fr && j - sa >= 2 && lex_size(x->lx.seatsuf) && !(lx(x, sa) & (LX_FIRST | LX_TITLE | LX_HONOR))) {
		for (size_t k = sa + 1; k < j && k <= sa + 3; k++) {
			if (!actors_lex_span(x, x->lx.seatsuf, k, j))
				continue;
			bool place = true;
			for (size_t m = sa; m < k && place; m++)
				place = is_cap(x, m) && !ordinary(x, m) && !(lx(x, m) & (LX_ORGCUE | LX_INSTADJ | LX_FIRST));
			/* one word ("Police") only after a known place: not "Metropolitan Police" */
			if (place && j - k == 1 && !place_kind(known_kind(x, sa, k)))
				place = false;
			if (place)
				emit(x, sa, sa, k, s0, s1, EV_PLACECUE, 0, SIZE_MAX, 0, 0);
			break;
		}
	}
	/* "the Bank of Lisbon", "the Port Authority of New South Wales", "the
	 * Oregon Historical Commission": a known place inside a body's name
	 * (a cue word before "of", or last) is a place of its own. */
	if (!x->fr && j - sa >= 3 && !(lx(x, sa) & (LX_FIRST | LX_TITLE | LX_HONOR)) && !is_known(x, sa, j)) {
		bool cue = false;
		for (size_t k = sa; k < j && !cue; k++) {
			/* not a party's country: "the Liberal Party of Australia" is
			 * one name */
			if (!is_cap(x, k) || !(lx(x, k) & LX_ORGCUE))
				continue;
			if (actors_lex_span(x, x->lx.wholecue, k, k + 1))
				break;
			if (k + 1 < j && !(x->tok[k + 1].f & TK_CAP) && (lx(x, k + 1) & LX_CONNECT)) {
				size_t q = k + 2;
				if (q < j && (lx(x, q) & LX_DET) && !(x->tok[q].f & TK_CAP))
					q++;
				if (q < j && place_kind(known_kind(x, q, j))) {
					emit(x, q, q, j, s0, s1, EV_PLACECUE, 0, SIZE_MAX, 0, 0);
					cue = true;
				}
			} else if (k + 1 == j) {
				for (size_t e = sa + 2; e < k && !cue; e++)
					if (place_kind(known_kind(x, sa, e)) && !(lx(x, e) & LX_CONNECT)) {
						emit(x, sa, sa, e, s0, s1, EV_PLACECUE, 0, SIZE_MAX, 0, 0);
						cue = true;
					}
				if (!cue && place_kind(known_kind(x, sa, sa + 1)) && !(lx(x, sa + 1) & LX_CONNECT) &&
				    !(lx(x, sa) & LX_PLACECUE) &&    /* "Gulf Water Research Council" */
				    !(x->tok[sa + 1].f & TK_UPPER)) {
					emit(x, sa, sa, sa + 1, s0, s1, EV_PLACECUE, 0, SIZE_MAX, 0, 0);
					cue = true;
				}
			}
		}
	}
	/* pl8: « le Festival d'Orange », « le Théâtre national de Bordeaux »,
	 * « la Fédération viticole de la Gironde »: a known place closing a
	 * capitalised body's name after its last connector is a place of its
	 * own (the English names have the rule above). */
	if (x->fr && j - a >= 3 && !(lx(x, a) & (LX_FIRST | LX_TITLE | LX_HONOR)) && !is_known(x, a, j)) {
		size_t k = a;
		while (k < j && !(is_cap(x, k) && (lx(x, k) & LX_ORGCUE)))
			k++;
		size_t q = 0;
		for (size_t m = k + 1; m + 1 < j; m++)
			if (is_letter(x, m) && !(x->tok[m].f & TK_CAP) && (lx(x, m) & LX_CONNECT))
				q = m + 1;
		if (k < j && q && q < j && (lx(x, q) & LX_DET) && !(x->tok[q].f & TK_CAP))
			q++;
		/* (not before its acronym in brackets, which names the body) */
		/* ... and a region straight after a word in lower case: « l'Agence
		 * régionale de santé Bretagne » (fr_org_complement()) */
		size_t r = j;
		while (r > k + 1 && is_cap(x, r - 1))
			r--;
		if (k < j && q && q < j && is_cap(x, q) && place_kind(known_kind(x, q, j)) && !actors_tok_punct(x, j, '('))
			emit(x, q, q, j, s0, s1, EV_PLACECUE, 0, SIZE_MAX, 0, 0);
		else if (k < j && r > k + 1 && r < j && actors_tok_lower(x, r - 1) && !(lx(x, r - 1) & (LX_CONNECT | LX_DET)) &&
		         known_kind(x, r, j) == GAZ_REGION)
			emit(x, r, r, j, s0, s1, EV_PLACECUE, 0, SIZE_MAX, 0, 0);
	}
	/* The seat inside « CHU de Nantes » is a place of its own, written
	 * inside the organisation's name. */
	size_t branch = x->fr && j - a >= 4 && (x->tok[a].f & TK_UPPER) && is_cap(x, a + 1) &&
	                !(x->tok[a + 1].f & TK_UPPER) && !(lx(x, a + 1) & LX_FIRST) ? 1 : 0;    /* « CFDT Métallurgie du … » */
	if (branch && acronym_seat(x, a + 2, j) != j)
		branch = 0;
	if (x->fr && j - a >= 3 + branch && seat_acronym(x, a) && acronym_seat(x, a + 1 + branch, j) == j) {
		size_t k = a + 2 + branch;
		if ((lx(x, k) & LX_DET) && !(x->tok[k].f & TK_CAP))
			k++;
		emit(x, k, k, j, s0, s1, EV_PLACECUE, 0, SIZE_MAX, 0, 0);
	}
	return false;
}

void actors_candidates(struct actx *x)
{
	struct span dl = {0, 0};
	bool has_dl = doc_dateline(x->d, &dl);
	for (size_t s = 0; s < x->nsent; s++) {
		size_t s0 = x->sent_tok[s], s1 = x->sent_tok[s + 1];
		size_t i = s0;
		while (i < s1) {
			/* The dateline: "Published May 14, 2025". */
			if (has_dl && x->tok[i].start >= dl.start && x->tok[i].end <= dl.end) {
				i++;
				continue;
			}
			if (!is_cap(x, i) || (x->tok[i].f & TK_ELIDED && !(i + 1 < s1 && is_cap(x, i + 1)))) {
				i++;
				continue;
			}
			size_t j = extend(x, i, s1);
			if (process(x, i, &j, s0, s1)) {
				/* Skip the rest of a role phrase: "and Communications". */
				while (j + 1 < s1 && ((lx(x, j) & (LX_CONNECT | LX_DET)) || actors_tok_punct(x, j, '&') ||
				                      ((lx(x, j) & LX_STOP) && x->tok[j].end - x->tok[j].start <= 3)) &&
				       is_cap(x, j + 1)) {
					j++;
					while (j < s1 && is_cap(x, j))
						j++;
				}
			}
			i = j;
		}
	}
	x->tok_cand = xcalloc(x->ntok + 1, sizeof *x->tok_cand);
	for (size_t c = 0; c < x->ncand; c++)
		for (size_t k = x->cand[c].t0; k < x->cand[c].t1; k++)
			x->tok_cand[k] = (int32_t)c + 1;
}
