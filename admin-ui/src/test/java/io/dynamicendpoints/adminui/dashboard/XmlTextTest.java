package io.dynamicendpoints.adminui.dashboard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XmlTextTest {

    @Test
    void escapesMarkupAndBothQuotes() {
        assertThat(XmlText.escape("<script>alert('x') & \"y\"</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
    }

    @Test
    void replacesControlCharactersXmlForbids() {
        assertThat(XmlText.escape("a\u0000b\u0007c\td\ne")).isEqualTo("a b c\td\ne");
    }

    @Test
    void keepsOrdinaryTextAsItIs() {
        assertThat(XmlText.escape("Grüße, 東京 ✓ — 10:05")).isEqualTo("Grüße, 東京 ✓ — 10:05");
    }
}
