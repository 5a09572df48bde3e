package cn.chegu.viewer.wfs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A UTF-8 XML document written with the JDK's StAX writer (escaping is the writer's job). */
final class XmlDocument {

  /** Writes the body of a document. */
  @FunctionalInterface
  interface Body {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private XmlDocument() {}

  static byte[] write(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      body.write(xml);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write an XML document", e);
    }
    return out.toByteArray();
  }

  /** {@code <prefix:name>text</prefix:name>}. */
  static void element(XMLStreamWriter xml, String prefix, String ns, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(prefix, name, ns);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  static String utf8(byte[] doc) {
    return new String(doc, StandardCharsets.UTF_8);
  }
}
