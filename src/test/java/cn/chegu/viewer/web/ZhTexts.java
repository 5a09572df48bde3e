package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a server text's Chinese form states the same facts as its English one: it is Chinese
 * (holds CJK characters) and carries the same numbers, in the same order.
 */
final class ZhTexts {

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

  private ZhTexts() {}

  /** The numbers of a text, in order. */
  static List<String> numbers(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** One Chinese text for one English text, with the same numbers. */
  static void assertSameFacts(String en, String zh) {
    assertThat(zh).as("Chinese form of: %s", en).isNotBlank();
    assertThat(CJK.matcher(zh).find()).as("Chinese: %s", zh).isTrue();
    assertThat(numbers(zh)).as("numbers of %s vs %s", zh, en).isEqualTo(numbers(en));
  }

  /** Two JSON arrays of texts, one for one. */
  static void assertSameFacts(JsonNode en, JsonNode zh) {
    assertThat(zh).as("Chinese list next to %s", en).isNotNull();
    assertThat(zh.size()).isEqualTo(en.size()).isPositive();
    for (int i = 0; i < en.size(); i++) {
      assertSameFacts(en.get(i).asText(), zh.get(i).asText());
    }
  }
}
