/* quantity_zh.h — the Chinese words around a number: scan_zh's lexicon.
 *
 * The counterpart of quantity.h for Chinese text. It knows the numeral
 * characters (一..九, 两, 零, 十 百 千 万 亿), and, as one table of words
 * looked up by longest match, what may stand next to a number: a scale
 * after digits (万, 亿), a currency (元, 美元), a share (个百分点, 倍), a
 * measure unit (公里, 平方米), a classifier (个, 家, 户) and the default
 * noun it counts, the counted nouns with their English unit (国家
 * "countries", 基站 "base stations"), the hedges (约, 超过, 以上), and the
 * words that make a number a date, a duration or a name (年, 月, 号).
 *
 * Words are UTF-8 byte strings matched exactly (Chinese has no case).
 * Nothing here allocates or prints; the index is built once, safely from
 * several threads.
 */
#ifndef CB_QUANTITY_ZH_H
#define CB_QUANTITY_ZH_H

#include <stddef.h>

/* What a word is. Bits, so that a lookup can ask for several at once. */
enum {
    ZK_SCALE = 1 << 0,      /* 万 1e4, 亿 1e8, 千, 百 after digits: value */
    ZK_CURRENCY = 1 << 1,   /* 元, 美元, 人民币: unit is the ISO code; part of the span */
    ZK_SHARE = 1 << 2,      /* 个百分点 (unit "pp"), 倍 ("x"): part of the span */
    ZK_MEASURE = 1 << 3,    /* 公里 "km", 平方米: the unit, outside the span */
    ZK_CLASSIFIER = 1 << 4, /* 个, 家, 户: unit is the noun counted when none is named, or NULL */
    ZK_NOUN = 1 << 5,       /* 国家 "countries"; a NULL unit is a modifier (跨境, 国家级) */
    ZK_TIME = 1 << 6,       /* 年, 月, 日, 个月, 岁: a date, a duration or an age; unit the
                             * duration's ("hours") when it can be the figure measured */
    ZK_NAME = 1 << 7,       /* 号, 型, 版, 强: a number that names something */
    ZK_HEDGE_BEFORE = 1 << 8, /* 约, 超过, 不足: qual */
    ZK_HEDGE_AFTER = 1 << 9,  /* 以上, 左右, 以下: qual */
    ZK_FURNITURE = 1 << 10,   /* 阅读, 点赞, 转发: a page's counters, not claims */
    ZK_DURATION = 1 << 11,    /* 时长, 工期, 停机: what makes a duration the figure measured */
};

/* Classifier and noun flags. */
enum {
    ZF_PERSON = 1,    /* 人, 名, 位, 人次: counts persons; a noun: names persons (员工, 网民) */
    ZF_STRONG = 2,    /* 户 (subscribers), 笔 (transactions), 人次 (person-times): its own
                       * unit beats a noun named before, bar one flagged ZF_OWN */
    ZF_ABSTRACT = 4,  /* 类, 种, 批: "两类应用" is discourse, not a count */
    ZF_HOUSEHOLD = 8, /* nouns: counted by 户 they are households (居民, 农户) */
    ZF_FIRM = 16,     /* nouns: what 家 counts (企业, 会员, 银行) */
    ZF_OWN = 32,      /* nouns: a strong classifier counting them counts them (账户…户
                       * accounts, 企业…户 enterprises, 贷款…笔 loans), not its own */
    ZF_AFTER = 64,    /* nouns: counted only when they follow the classifier (20余个行业);
                       * before a figure they qualify it (邮政行业寄递业务量1624.8亿件) */
    ZF_MONEY = 128,   /* scales: one only before a currency (兆元: 10^12) */
    ZF_WHOLE = 256,   /* nouns: a body whose parts a breakdown names by their kind, still
                       * its members (会员单位2,386家。其中，基础电信企业612家: members) */
    ZF_LABEL = 512,   /* furniture: a counter only as a label before its figure (下载量：1234);
                       * after a figure it counts what the figure is of (3.4亿下载量) */
    ZF_SELF = 1024,   /* classifiers that are nouns (国, 省): they count what they name,
                       * not the noun after them (东盟6国电信运营商: countries) */
    ZF_BEFORE = 2048, /* durations: one only before the figure (每次二十天; in 一年大概要修
                       * 两百次 the year is a rate's base, not a time taken) */
};

typedef struct ZhWord {
    const char *w;        /* the word, UTF-8 */
    unsigned short kind;  /* one ZK_ bit */
    unsigned short flags; /* ZF_ bits */
    unsigned char qual;   /* Qualifier (hedges) */
    double value;         /* scale multiplier (ZK_SCALE) */
    const char *unit;     /* English unit, ISO code, "pp" or "x"; NULL when none */
} ZhWord;

/* The longest word whose kind is in mask starting at p[i] (i < n), with
 * its length in *len; NULL when none. */
const ZhWord *qzh_at(const unsigned char *p, size_t n, size_t i, unsigned mask, size_t *len);

/* The longest word whose kind is in mask ending at p[end), starting at
 * lo or after; its length in *len; NULL when none. */
const ZhWord *qzh_before(const unsigned char *p, size_t lo, size_t end, unsigned mask, size_t *len);

/* 1 when u is the English unit of a noun flagged ZF_WHOLE ("members",
 * "employees"): a total whose breakdown names its parts by kind. */
int qzh_is_whole_unit(const char *u);

/* 1 when u is the English unit of a measure (ZK_MEASURE: "km", "square
 * meters", "tonnes"): a length or an area is never what 个 counts. */
int qzh_is_measure_unit(const char *u);

/* The value of a numeral digit: 0 for 零 〇, 1 for 一 壹, 2 for 二 两 贰
 * ... 9; -1 for any other code point. */
int qzh_digit(long cp);

/* The value of a numeral unit: 10 十 拾, 100 百 佰, 1000 千 仟, 1e4 万,
 * 1e8 亿; 0 for any other code point. */
double qzh_unit(long cp);

/* 1 for a Han character (CJK unified ideographs and their extensions). */
int qzh_is_han(long cp);

/* 1 for CJK punctuation and full-width forms (、。「」，：％ and the like):
 * the marks that say a number stands in Chinese text. */
int qzh_is_cjk_mark(long cp);

/* 1 where a run of Latin letters and digits ends in Chinese text, which
 * puts no blanks between words: a Han character or a Chinese mark, not a
 * full-width letter or digit (Ａ, ５). */
int qzh_ends_word(long cp);

#endif
