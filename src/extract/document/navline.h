/* navline.h — a web page's line of site navigation.
 *
 * A page saved from a news site or a blog often keeps the site's menu
 * above its story: "Home | National | Business | Pacific | Sport |
 * Opinion | Subscribe", "Home | Destinations | Gear | About | Contact".
 * Such a line is page furniture, not a heading: the section it names
 * ("Pacific", "Africa", "China-Zambia Relations") is a part of the site,
 * not the place the story is about. A line of a table ("| Country | 2023
 * |"), of chapters with times ("0:00 Intro | 1:12 ...") or of a byline
 * and a date ("By ... | 18 March 2024") is not one: a menu names four or
 * more short items, without digits.
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_NAVLINE_H
#define CB_NAVLINE_H

#include <stddef.h>

/* Is the line p[s, e) a site's menu: four or more short items (at most
 * four words each, no digit) separated by " | ", not opening with "|"? */
int navline_is_menu(const char *p, size_t s, size_t e);

#endif
