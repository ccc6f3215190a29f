/* popshare.h — a share of the world's people that a place holds: where
 * people live, not who is online.
 *
 * "Southeast Asia is home to some 8.5 per cent of the world's
 * population", "Africa accounts for 18% of the global population but
 * 4% of internet users", "India houses 17.7 percent of humanity": the
 * share measures a place's people against the world's, however much its
 * sentence goes on to say of the internet. A share of people online
 * ("67 per cent of the world's population used the Internet") is one
 * the place's people are counted in, not one it holds. A share after
 * "home to", "houses", "accounts for", "represents", "makes up",
 * "contains" or "holds", of the world's (or global) population or of
 * humanity, takes no metric of a share of people.
 *
 * Nothing here allocates.
 */
#ifndef CB_POPSHARE_H
#define CB_POPSHARE_H

#include "figtoks.h"

/* Is the share of ft a place's part of the world's people (see above)? */
int popshare_held(const FigToks *ft);

#endif
