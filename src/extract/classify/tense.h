/* tense.h — does a sentence state a figure as a fact of the present?
 *
 * "Alibaba Cloud now operates 87 availability zones", "3G networks reach
 * 89 percent of the population", "It has signed MoUs with 17 countries":
 * a figure stated in the present tense holds at the time of writing, so a
 * dated document dates it (classify.h). "The system cost $240 million"
 * (past), "The state plans to lay 100,000 km" (a plan) and "revenue will
 * rise" (future) are not, nor is a figure given as one guess among others
 * ("with some estimates reaching 6 million") or as a rate that recurs
 * ("cybercrime costs $6 trillion annually").
 *
 * The verdict reads the finite verb of the claim's clause (the words
 * between commas, semicolons, colons or dashes), else the first finite
 * verb of the sentence ("Zambia, a country of about 20.6 million people,
 * is ..."). Verbs are known by small lists of present and past forms and
 * the auxiliaries; nothing here allocates.
 *
 * A Chinese sentence has no tense: a figure it states holds when the text
 * was written, unless a word of its clause makes it a plan, a forecast
 * (计划, 预计, 有望, 未来, 将在...) or a recurring rate (每年, 年均).
 */
#ifndef CB_TENSE_H
#define CB_TENSE_H

#include <stddef.h>

/* 1 when the sentence p[ss, se) states the claim at p[at] in the present
 * tense; 0 for the past, a plan, the future, or no verb found. */
int tense_present(const char *p, size_t ss, size_t se, size_t at);

/* 1 when the clause of p[ss, se) around p[at] states a plan or a forecast
 * ("will invest US$500 million by 2030", "腾讯云宣布将在2030年前投资"): its
 * year is a deadline, no time of what the sentence states beside it. */
int tense_planned(const char *p, size_t ss, size_t se, size_t at);

/* 1 when the English clause of p[ss, se) around the figure p[at, end)
 * (its own commas, "$90,000", part no clauses) gives it as one guess
 * among others ("by some estimates") or as a rate that recurs
 * ("annually", "a year", "each year"): a standing figure, of no one year. */
int tense_standing(const char *p, size_t ss, size_t se, size_t at, size_t end);

#endif
