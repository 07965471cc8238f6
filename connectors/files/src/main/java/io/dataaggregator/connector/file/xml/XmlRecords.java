package io.dataaggregator.connector.file.xml;

import io.dataaggregator.connector.file.FileInput;
import io.dataaggregator.engine.spi.ConnectorException;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the records of one XML file with the JDK's StAX parser: only the current record is in
 * memory. A record is an ordered map: the record element's attributes (named with the attribute
 * prefix), its child elements by local name (text of a text-only child, else a map with {@code
 * @attribute}, child and {@code #text} entries; a child that repeats becomes a list), and its own
 * text under the text field. DTDs and external entities are not processed. Used by one thread.
 */
final class XmlRecords implements Closeable {
  /** One record and the line it starts on. */
  record XmlRecord(Map<String, Object> fields, long line) {}

  private final Path file;
  private final FileInput input;
  private final XMLStreamReader xml;
  private final RecordPath path;
  private final String attributePrefix;
  private final String textField;
  private final List<QName> stack = new ArrayList<>();

  XmlRecords(
      Path file, RecordPath path, String encoding, String attributePrefix, String textField) {
    this.file = file;
    this.path = path;
    this.attributePrefix = attributePrefix;
    this.textField = textField;
    this.input = FileInput.openBytes(file);
    try {
      // A factory per file: the JDK's factories are not documented as thread-safe.
      XMLInputFactory factory = factory();
      this.xml =
          encoding == null || encoding.isBlank()
              ? factory.createXMLStreamReader(input.stream())
              : factory.createXMLStreamReader(input.stream(), encoding.strip());
    } catch (XMLStreamException | RuntimeException e) {
      input.close();
      throw syntax(e);
    }
  }

  private static XMLInputFactory factory() {
    // The JDK's own parser, whatever other StAX implementation the class path offers.
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return f;
  }

  /** The next record, or null at the end of the file. */
  XmlRecord next() {
    return advance(true);
  }

  /** Passes over the next record without building it; false at the end of the file. */
  boolean skip() {
    return advance(false) != null;
  }

  private static final XmlRecord SKIPPED = new XmlRecord(Map.of(), 0);

  private XmlRecord advance(boolean build) {
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          stack.add(xml.getName());
          if (path.matches(stack)) {
            long line = xml.getLocation().getLineNumber();
            XmlRecord record = build ? new XmlRecord(record(), line) : skipElement();
            stack.removeLast();
            return record;
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          stack.removeLast();
        }
      }
      return null;
    } catch (XMLStreamException | RuntimeException e) {
      throw syntax(e);
    }
  }

  private XmlRecord skipElement() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      depth += event == XMLStreamConstants.START_ELEMENT ? 1 : 0;
      depth -= event == XMLStreamConstants.END_ELEMENT ? 1 : 0;
    }
    return SKIPPED;
  }

  /** The record element the reader is on, up to and including its end tag. */
  private Map<String, Object> record() throws XMLStreamException {
    var fields = new LinkedHashMap<String, Object>();
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      fields.put(attributePrefix + xml.getAttributeLocalName(i), xml.getAttributeValue(i));
    }
    String text = children(fields);
    if (!text.isBlank()) {
      fields.merge(textField, text.strip(), XmlRecords::repeat);
    }
    return fields;
  }

  /** Reads child elements into {@code into} until the current element ends; returns its text. */
  private String children(Map<String, Object> into) throws XMLStreamException {
    var text = new StringBuilder();
    while (true) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          String name = xml.getLocalName();
          into.merge(name, element(), XmlRecords::repeat);
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA ->
            text.append(xml.getText());
        case XMLStreamConstants.END_ELEMENT -> {
          return text.toString();
        }
        default -> {
          // Comments and processing instructions carry no data.
        }
      }
    }
  }

  /** A nested element: its text when it has neither attributes nor children, else a map. */
  private Object element() throws XMLStreamException {
    var map = new LinkedHashMap<String, Object>();
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      map.put("@" + xml.getAttributeLocalName(i), xml.getAttributeValue(i));
    }
    String text = children(map);
    if (map.isEmpty()) {
      return text;
    }
    if (!text.isBlank()) {
      map.put("#text", text.strip());
    }
    return map;
  }

  private static Object repeat(Object first, Object next) {
    List<Object> list;
    if (first instanceof RepeatedList l) {
      list = l;
    } else {
      list = new RepeatedList();
      list.add(first);
    }
    list.add(next);
    return list;
  }

  /** The values of an element name that occurs more than once; a list, unlike any value. */
  static final class RepeatedList extends ArrayList<Object> {}

  long line() {
    return xml.getLocation().getLineNumber();
  }

  long rawBytesRead() {
    return input.rawBytesRead();
  }

  private ConnectorException syntax(Exception e) {
    Location at = e instanceof XMLStreamException x ? x.getLocation() : null;
    if (at == null) {
      at = xml == null ? null : xml.getLocation();
    }
    String where =
        "file "
            + file
            + (at == null ? "" : " line " + at.getLineNumber() + " column " + at.getColumnNumber());
    return new ConnectorException(
        XmlErrorCode.SYNTAX, where + ": not well-formed XML: " + message(e), e);
  }

  /** The parser's own sentence, without the location prefix it repeats. */
  private static String message(Exception e) {
    String m = String.valueOf(e.getMessage());
    int at = m.indexOf("Message: ");
    return at >= 0 ? m.substring(at + "Message: ".length()).strip() : m.strip();
  }

  @Override
  public void close() {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // Only read from.
    } finally {
      input.close();
    }
  }
}
