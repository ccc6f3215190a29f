/* test_zhpointer.c — a body a Chinese text points to by 该 and its kind. */
#include "zhpointer.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static size_t pointer(const char *t)
{
    return zhpointer_at(t, 0, strlen(t));
}

/* The body the pointer after "|" in t stands for (names as written), or "". */
static const char *body(const char *t)
{
    static char out[128];
    out[0] = '\0';
    const char *bar = strchr(t, '|');
    if (!zhpointer_body(NULL, t, 0, (size_t)(bar + 1 - t), out, sizeof out))
        return "";
    return out;
}

START_TEST(a_pointer_should_be_a_word_and_a_body_s_kind)
{
    ck_assert_uint_eq(pointer("该院院长张某介绍，"), strlen("该院"));
    ck_assert_uint_eq(pointer("该机构测算，"), strlen("该机构"));
    ck_assert_uint_eq(pointer("这家公司表示，"), strlen("这家公司"));
    ck_assert_uint_eq(pointer("该部部长表示，"), strlen("该部"));
    ck_assert_uint_eq(pointer("这位负责人说，"), strlen("这位负责人"));
    /* (no body: this industry, this part, this country, this minister) */
    ck_assert_uint_eq(pointer("该行业规模约为"), 0);
    ck_assert_uint_eq(pointer("该部分投资约为"), 0);
    ck_assert_uint_eq(pointer("该国网民约为"), 0);
    ck_assert_uint_eq(pointer("该部长表示，"), 0);
}
END_TEST

START_TEST(the_pointer_should_stand_for_the_last_body_of_its_kind_named_before)
{
    ck_assert_str_eq(body("7月2日，北方信息研究院发布《区域数字经济白皮书》。|该院院长张某介绍，"), "北方信息研究院");
    /* (the last of its kind, not another kind named after it) */
    ck_assert_str_eq(body("东海数据中心与南洋云科技有限公司签约。据|该中心统计，"), "东海数据中心");
    ck_assert_str_eq(body("东海数据中心与南洋云科技有限公司签约。|该公司表示，"), "南洋云科技有限公司");
    /* (any body for 该机构: the last named) */
    ck_assert_str_eq(body("南洋云科技有限公司与北方信息研究院签约。北方信息研究院开展了调查。|该机构测算，"),
                     "北方信息研究院");
    /* (a role: the last person named by it, as written) */
    ck_assert_str_eq(body("南方贸易促进局负责人在发布会上介绍了情况。\n\n|这位负责人说，"), "南方贸易促进局");
    /* (none of its kind named) */
    ck_assert_str_eq(body("区域数字经济发展迅速。|该院预计，"), "");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("zhpointer");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_pointer_should_be_a_word_and_a_body_s_kind);
    tcase_add_test(tc, the_pointer_should_stand_for_the_last_body_of_its_kind_named_before);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
