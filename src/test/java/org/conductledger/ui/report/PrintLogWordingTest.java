package org.conductledger.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.conductledger.i18n.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The print log's document codes and summaries in words; what it does not know is shown as stored. */
class PrintLogWordingTest {

    private final Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);

    @ParameterizedTest
    @CsvSource(textBlock = """
            FORM_FILING,        个人公众账号备案表
            FORM_DOSSIER,       个人网络行为档案
            REGISTER_ACCOUNTS,  以职务身份注册账号台账
            REGISTER_CASES,     问题线索与案件台账
            ANNUAL,             年度网络行为管理工作报告
            LIST_CASE,          问题线索与案件（列表导出）
            LIST_PRINT_LOG,     打印登记（列表导出）
            SOMETHING_NEW,      SOMETHING_NEW
            """)
    void namesDocumentCodesAndShowsUnknownOnesAsTheyAre(String code, String name) {
        assertEquals(name, new PrintDocumentNames(messages).name(code));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            period: 2026-10-01..2026-10-31         | 统计期间：2026-10-01至2026-10-31
            period: ..2026-10-31                   | 统计期间：截至2026-10-31
            period: ..                             | 统计期间：建账以来
            year: 2025; org: ROOT; file: a.pdf     | 年度：2025；党组织：ROOT；文件：a.pdf
            form: filing; x: y; internal mark: yes | 表式：filing；x: y；标注内部资料：是
            """)
    void putsSummariesInWords(String stored, String words) {
        assertEquals(words, new PrintSummaries(messages).words(stored));
    }
}
