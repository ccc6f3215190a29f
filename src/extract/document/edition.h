/* edition.h — a report named for the year it comes out in.
 *
 * "Threat Landscape Report 2024" published in April 2024, "ITU Yearbook
 * of Statistics, 2024 edition" of June 2024, "Cyber Insurance Market
 * Report 2025" of June 2025: a report, yearbook, outlook or index that
 * names its edition by the year it is published in, early in that year,
 * reports on the year before; a yearbook does so whatever month it comes
 * out in ("ASEAN Statistical Yearbook 2026" of December 2026 gathers the
 * statistics of 2025; "中国统计年鉴2023" likewise) (the Chinese "研究报告（2023年）" of April
 * 2023 likewise: docinfo.h). Not an annual report or a results statement
 * (its year is its financial year's), a quarter's, a month's or a week's
 * report, nor an event ("at GITEX Africa 2024").
 *
 * Nothing here allocates.
 */
#ifndef CB_EDITION_H
#define CB_EDITION_H

/* Does the English title name a report's edition (and no period of its
 * own: an annual report, a quarter, a month, a financial year)? */
int edition_title(const char *title);

/* The year the figures of a document titled by year title_y and dated
 * date_y-date_m (month 1-12, 0 unknown) are of: the year before for an
 * edition (edition_title) published in the first half of its year, or a
 * yearbook published in its year, else title_y. */
int edition_data_year(const char *title, int title_y, int date_y, int date_m);

#endif
