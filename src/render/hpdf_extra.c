/* hpdf_extra.c — an embedded file and a ToUnicode map for libharu 2.3.0
 * (see hpdf_extra.h). Only objects and functions hpdf.h's companion
 * headers declare and the Debian library exports are used. */
#include "hpdf_extra.h"

#include <hpdf_catalog.h>
#include <hpdf_doc.h>
#include <hpdf_font.h>
#include <hpdf_namedict.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int hpdfx_attach(HPDF_Doc doc, const char *name, const char *mime, const char *desc,
                 const void *data, size_t n)
{
    HPDF_MMgr mm = doc->mmgr;
    /* The catalog's /Names << /EmbeddedFiles name tree >>. */
    HPDF_NameDict names = HPDF_Catalog_GetNames(doc->catalog);
    if (!names) {
        names = HPDF_NameDict_New(mm, doc->xref);
        if (!names || HPDF_Catalog_SetNames(doc->catalog, names) != HPDF_OK)
            return -1;
    }
    HPDF_NameTree tree = HPDF_NameDict_GetNameTree(names, HPDF_NAME_EMBEDDED_FILES);
    if (!tree) {
        tree = HPDF_NameTree_New(mm, doc->xref);
        if (!tree || HPDF_NameDict_SetNameTree(names, HPDF_NAME_EMBEDDED_FILES, tree) != HPDF_OK)
            return -1;
    }
    /* The file's stream: /Type /EmbeddedFile /Subtype /text#2Fcsv
     * /Params << /Size n >>, deflated. */
    HPDF_Dict file = HPDF_DictStream_New(mm, doc->xref);
    if (!file)
        return -1;
    file->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    HPDF_STATUS st = HPDF_Dict_AddName(file, "Type", "EmbeddedFile");
    st += HPDF_Dict_AddName(file, "Subtype", mime);
    HPDF_Dict params = HPDF_Dict_New(mm);
    if (!params)
        return -1;
    st += HPDF_Dict_Add(file, "Params", params);
    st += HPDF_Dict_AddNumber(params, "Size", (HPDF_INT32)n);
    st += HPDF_Stream_Write(file->stream, (const HPDF_BYTE *)data, (HPDF_UINT)n);
    /* The file specification: /Type /Filespec /F (name) /UF (name)
     * /Desc (...) /EF << /F file >>. */
    HPDF_Dict spec = HPDF_Dict_New(mm);
    HPDF_Dict ef = HPDF_Dict_New(mm);
    if (!spec || !ef)
        return -1;
    st += HPDF_Xref_Add(doc->xref, spec);
    st += HPDF_Dict_AddName(spec, "Type", "Filespec");
    st += HPDF_Dict_Add(spec, "F", HPDF_String_New(mm, name, NULL));
    st += HPDF_Dict_Add(spec, "UF", HPDF_String_New(mm, name, NULL));
    if (desc && *desc)
        st += HPDF_Dict_Add(spec, "Desc", HPDF_String_New(mm, desc, NULL));
    st += HPDF_Dict_Add(spec, "EF", ef);
    st += HPDF_Dict_Add(ef, "F", file);
    if (st != HPDF_OK)
        return -1;
    HPDF_String key = HPDF_String_New(mm, name, NULL);
    if (!key || HPDF_NameTree_Add(tree, key, spec) != HPDF_OK)
        return -1;
    return 0;
}

static int cmp_u(const void *a, const void *b)
{
    unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
    return x < y ? -1 : x > y;
}

int hpdfx_tounicode(HPDF_Font font, const unsigned *cps_in, size_t n)
{
    HPDF_FontAttr attr = font ? (HPDF_FontAttr)font->attr : NULL;
    if (!attr || !attr->cmap_stream || !attr->cmap_stream->stream)
        return -1;
    unsigned *cps = malloc((n + 1) * sizeof *cps);
    if (!cps)
        return -1;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (cps_in[i] > 0 && cps_in[i] <= 0xFFFF && (cps_in[i] < 0xD800 || cps_in[i] > 0xDFFF))
            cps[k++] = cps_in[i];
    if (k == 0)
        cps[k++] = ' ';   /* a font set but not drawn with: an empty map makes readers guess */
    qsort(cps, k, sizeof *cps, cmp_u);
    HPDF_Stream s = attr->cmap_stream->stream;
    HPDF_MemStream_FreeData(s);
    HPDF_STATUS st = HPDF_Stream_WriteStr(
        s, "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
           "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
           "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
           "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    /* Runs of consecutive code points that share their high byte are one
     * bfrange (a range may only vary in its last byte); at most 100 to a
     * block. */
    size_t nr = 0;
    unsigned (*runs)[2] = malloc((k + 1) * sizeof *runs);
    if (!runs) {
        free(cps);
        return -1;
    }
    for (size_t i = 0; i < k;) {
        size_t j = i;
        while (j + 1 < k && (cps[j + 1] == cps[j] || (cps[j + 1] == cps[j] + 1 &&
                                                      (cps[j + 1] >> 8) == (cps[i] >> 8))))
            j++;
        runs[nr][0] = cps[i], runs[nr][1] = cps[j];
        nr++;
        i = j + 1;
    }
    char line[64];
    for (size_t b = 0; b < nr; b += 100) {
        size_t m = nr - b < 100 ? nr - b : 100;
        snprintf(line, sizeof line, "%zu beginbfrange\n", m);
        st += HPDF_Stream_WriteStr(s, line);
        for (size_t i = b; i < b + m; i++) {
            snprintf(line, sizeof line, "<%04X> <%04X> <%04X>\n", runs[i][0], runs[i][1], runs[i][0]);
            st += HPDF_Stream_WriteStr(s, line);
        }
        st += HPDF_Stream_WriteStr(s, "endbfrange\n");
    }
    st += HPDF_Stream_WriteStr(s, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    free(runs);
    free(cps);
    return st == HPDF_OK ? 0 : -1;
}
