package cn.chegu.viewer.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What request bodies may hold: a text field takes a JSON string only (not 123, true or 1.5, which
 * Jackson would otherwise turn into text), and no text holds U+0000 (PostgreSQL cannot store it,
 * and no name needs it). Either answers 400 naming the field.
 */
@Configuration
class JsonInputRules {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictText() {
    SimpleModule noNul = new SimpleModule("no-nul-in-text");
    noNul.addDeserializer(String.class, new NoNulStringDeserializer());
    return builder ->
        builder
            .modulesToInstall(noNul)
            .postConfigurer(
                mapper ->
                    mapper
                        .coercionConfigFor(LogicalType.Textual)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }

  /** Jackson's own string reading, then a refusal of U+0000. */
  static final class NoNulStringDeserializer extends StringDeserializer {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = super.deserialize(p, ctxt);
      if (text != null && text.indexOf('\0') >= 0) {
        throw new NulInTextException(p, text);
      }
      return text;
    }
  }

  /** Text with a NUL character in a request body. */
  static final class NulInTextException extends InvalidFormatException {
    NulInTextException(JsonParser p, String text) {
      super(p, "must not contain NUL (U+0000) characters", text, String.class);
    }
  }
}
