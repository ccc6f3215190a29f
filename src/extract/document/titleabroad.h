/* titleabroad.h — a title that sets China's doings abroad.
 *
 * "Where China's clouds really stand abroad", "How China wired the
 * Global South", "How much has China spent on the internet abroad?":
 * China is the title's actor, and what it tells of lies outside China,
 * in many countries, none of which the title names. Such a document is
 * about the world, not China: its figures placed nowhere nearer (the
 * cloud market shares, the loans, the kilometres of cable) are the
 * world's. A title that names the place abroad ("China's clouds in
 * Southeast Asia") is that place's, as before; one that keeps to China
 * ("China's cross-border e-commerce hits record") stays China's.
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_TITLEABROAD_H
#define CB_TITLEABROAD_H

/* Does the title t say that what it tells of lies abroad: "abroad",
 * "overseas", "outside China", "the Global South", "worldwide", "around
 * the world", "across the world"? */
int titleabroad_world(const char *t);

#endif
