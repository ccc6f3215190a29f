/* ownland.h — the country a Chinese text abroad calls 我国 (our country).
 *
 * A Chinese-language paper of Malaysia or Singapore (南洋商报, 联合早报)
 * writes 我国, 本国, 全国 and 国内 for its own country, as a Taiwanese one
 * does for Taiwan: "我国共核准数码领域投资约1126亿令吉" in a Kuala Lumpur
 * daily is Malaysia's. Its country is the publisher's home when that is a
 * country with a Chinese-language press of its own (not China, nor a
 * place within it; Hong Kong's and Macao's 我国 is China), else the
 * country its web address ends with (".my", ".sg", ".tw"...).
 *
 * Nothing here allocates; ids returned are static or the caller's.
 */
#ifndef CB_OWNLAND_H
#define CB_OWNLAND_H

/* The scope id of the country the address url's host ends with (a
 * country code: "https://www.enanyang.my/..." -> "malaysia"), for the
 * countries with a Chinese-language press of their own; NULL for any
 * other, for China's, Hong Kong's and Macao's, and for none. */
const char *ownland_from_url(const char *url);

/* The country 我国 names in a text whose publisher's home is home ("" or
 * a scope id) and whose address is url (or NULL): the home when it is one
 * of those countries, else ownland_from_url; NULL when neither names one. */
const char *ownland_country(const char *home, const char *url);

#endif
