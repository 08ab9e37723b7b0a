package org.conductledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The article shown beside a violation category is the right one, whole, and nothing more. */
class ArticleTextTest {

    private static String text(Regulation regulation) throws IOException {
        try (InputStream in = ArticleTextTest.class.getResourceAsStream("/regulations/" + regulation.file())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void articlesOnTheSameLineAreSeparated() throws IOException {
        String tenth = ArticleText.find(text(Regulation.RULES_2024), "第十条").orElseThrow();
        assertTrue(tenth.startsWith("第十条 党员不得通过网络制作"), tenth);
        assertTrue(tenth.endsWith("直播等活动。"), tenth);
        String eleventh = ArticleText.find(text(Regulation.RULES_2024), "第十一条").orElseThrow();
        assertTrue(eleventh.startsWith("第十一条") && eleventh.contains("不法串联"), eleventh);
    }

    @Test
    void everyArticleTheTaxonomyCitesIsFound() throws IOException {
        for (String article : new String[] {"第十条", "第十一条", "第十二条", "第十三条", "第十四条", "第十五条", "第十六条", "第十七条",
                "第十八条", "第十九条", "第二十条", "第二十一条"}) {
            assertTrue(ArticleText.find(text(Regulation.RULES_2024), article).orElseThrow().startsWith(article), article);
        }
        assertTrue(ArticleText.find(text(Regulation.RULES_2024), "第十四条").orElseThrow().contains("非法定信道"));
        assertTrue(ArticleText.find(text(Regulation.OPINION_2017), "四").orElseThrow().startsWith("四、严格规范"));
        assertTrue(ArticleText.find(text(Regulation.OPINION_2017), "二").orElseThrow().contains("政治类谣言"));
        String suzhou3 = ArticleText.find(text(Regulation.SUZHOU_2019), "第三条").orElseThrow();
        assertTrue(suzhou3.contains("备案"), "第三条 includes the filing of personal public accounts: " + suzhou3);
        assertTrue(!suzhou3.contains("第四条"), suzhou3);
        assertTrue(ArticleText.find(text(Regulation.SUZHOU_2019), "第五条").orElseThrow().startsWith("第五条"));
    }

    @Test
    void anUnknownArticleIsNotFound() throws IOException {
        assertEquals(Optional.empty(), ArticleText.find(text(Regulation.RULES_2024), "第九十九条"));
        assertEquals(Optional.empty(), ArticleText.find(null, "第一条"));
    }
}
