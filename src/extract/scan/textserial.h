/* textserial.h — which text this thread is reading.
 *
 * A memo that keeps, per thread, an answer for a place in a text, keyed
 * by the text's address and offsets, also keeps the text's serial: the
 * next document may be read into the buffer the last one was, and must
 * not get the answers kept for the last one's sentences at the same
 * offsets. extract_text takes a new serial for each text it reads.
 */
#ifndef CB_TEXTSERIAL_H
#define CB_TEXTSERIAL_H

/* The serial of the text this thread reads (0 before any). */
extern _Thread_local unsigned long text_serial;

/* A new text: a serial no memo of this thread holds yet. */
void textserial_next(void);

#endif
