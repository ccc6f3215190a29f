/* textserial.c — which text this thread is reading (textserial.h). */
#include "textserial.h"

_Thread_local unsigned long text_serial;

void textserial_next(void)
{
    text_serial++;
}
