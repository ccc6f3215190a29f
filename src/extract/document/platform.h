/* platform.h — a publisher that is a platform hosting its users' posts:
 * a social network ("LinkedIn", "X (formerly Twitter)", "新浪微博"), a
 * forum or Q&A site ("Reddit, r/geopolitics", "知乎"), a video site
 * ("YouTube", "哔哩哔哩") or a newsletter host ("Wires & Waves
 * (Substack)"). What such a document tells is its author's, whoever
 * they speak for: the platform is credited for none of its figures, nor
 * is a user's handle ("海缆老兵老周"). Nothing here allocates.
 */
#ifndef CB_PLATFORM_H
#define CB_PLATFORM_H

/* Does the publisher's name pub name such a platform (as a whole word in
 * English, in any case; as written in Chinese)? 0 for NULL. A blog or a
 * WeChat official account is its owner's publication, not one of these. */
int platform_hosts(const char *pub);

#endif
