/* signers.h — a bibliography's authors line that signs for the
 * publisher rather than naming a body of its own: one of the
 * publisher's departments ("Investment Promotion Department" of a free
 * trade zone's authority, "African Department" of the IMF), or a count
 * of signatories ("93 civil society organisations and 218 individual
 * signatories" of an open letter). The figures such a document tells as
 * its own are the publisher's. Nothing here allocates.
 */
#ifndef CB_SIGNERS_H
#define CB_SIGNERS_H

/* Does the single name au (not a ';' list) sign for the publisher pub?
 * A name ending in "Department" does, unless pub prints others' work
 * (prints_others: the caller tells, a journal's author is its own); a
 * name opening with a count does. 0 when pub is empty. */
int signers_for_publisher(const char *au, const char *pub, int pub_prints_others);

#endif
