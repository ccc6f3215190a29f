/* zhbandwidth.c — a rate written as a lone letter (see zhbandwidth.h). */
#include "zhbandwidth.h"

#include "ascii.h"
#include "zhtext.h"

/* How far back in its clause a rate word may stand (bytes: about
 * twenty characters). */
#define RATE_REACH 60

/* Words that make a clause speak of a link's rate or capacity. */
static const char *const rate_before[] = {"带宽", "頻寬", "带寬", "宽带", "寬頻", "速率", "网速", "端口", "传输", "傳輸", "专线",
                                          "光模块", "交换", "扩容", "擴容", "接入", "波分", "光口", "链路", NULL};

/* Words right after the letter that name what runs at the rate. */
static const char *const rate_after[] = {"带宽", "頻寬", "端口", "光模块", "光模組", "交换机", "交換機", "专线", "宽带",
                                         "寬頻", "速率", "传输", "以太网", "光口", "波分", "链路", "网口", NULL};

/* Words of storage or traffic: the letter is bytes there, no rate. */
static const char *const bytes_words[] = {"存储", "存儲", "硬盘", "硬碟", "内存", "記憶體", "流量", "云盘", "网盘", NULL};

static int any_before(const unsigned char *p, size_t start, const char *const *words)
{
    for (int k = 0; words[k]; k++)
        if (in_clause_before(p, start, RATE_REACH, words[k]))
            return 1;
    return 0;
}

const char *zbw_letter(const unsigned char *p, size_t n, size_t start, size_t j, double value, int scaled)
{
    /* (not M: "1000M速率及以上的宽带用户" names a tier of service) */
    if (j >= n || (p[j] != 'G' && p[j] != 'T'))
        return NULL;
    /* (the letter alone: not 5GW, not G20) */
    if (j + 1 < n && ascii_isalnum(p[j + 1]))
        return NULL;
    /* 5G, 4G: a generation */
    if (p[j] == 'G' && !scaled && value >= 2 && value <= 6 && value == (double)(int)value)
        return NULL;
    if (any_before(p, start, bytes_words))
        return NULL;
    int rate = any_before(p, start, rate_before);
    for (int k = 0; !rate && rate_after[k]; k++)
        rate = lit_at(p, n, j + 1, rate_after[k]) != 0;
    if (!rate)
        return NULL;
    return p[j] == 'G' ? "Gbps" : "Tbps";
}

/* Words of a connection's speed, for 兆 (spoken: "测速一般二三十兆"). */
static const char *const speed_words[] = {"网速", "網速", "测速", "測速", "速度", "带宽", "頻寬", "宽带", "寬頻", "下载",
                                          "下載", "上网", "上網", "速率", NULL};

/* Is one of words written in the sentence before p[start), within
 * SPEED_REACH bytes (the sentence ends at 。！？ or a line break)? */
#define SPEED_REACH 120
static int in_sentence_before(const unsigned char *p, size_t start, const char *const *words)
{
    size_t lo = start > SPEED_REACH ? start - SPEED_REACH : 0, s = start;
    while (s > lo) {
        size_t b;
        long c = cp_before(p, s, &b);
        if (c < 0 || c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '\n' || b < lo)
            break;
        s = b;
    }
    for (size_t k = s; k < start; k++)
        for (int w = 0; words[w]; w++)
            if (lit_at(p, start, k, words[w]))
                return 1;
    return 0;
}

const char *zbw_mega(const unsigned char *p, size_t n, size_t start, size_t j)
{
    size_t l;
    if (!lit_at(p, n, j, "兆"))
        return NULL;
    /* (兆 alone: not 兆瓦, 兆元, 兆字节, nor a scale before a numeral) */
    long c = cp_at(p, n, j + 3, &l);
    if (c >= 0x4E00 && c <= 0x9FFF && !one_of(p, n, j + 3, "的左右多啊吧呢了"))
        return NULL;
    if (c >= 0 && c < 0x80 && ascii_isalnum((int)c))
        return NULL;
    return in_sentence_before(p, start, speed_words) ? "Mbps" : NULL;
}
