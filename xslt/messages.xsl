<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page's language and timestamps as <time>, shared by every page
  through layout.xsl.

  Texts come from the Dutch and English catalogues, xslt/messages-nl.xml and
  xslt/messages-en.xml (<msg key="..."> with <arg n="N"/> placeholders).
  cimoltd parses them once at start-up and gives every transform the XPath
  extension function c:t (namespace urn:cimolt:xslt), a hash lookup in the
  page's language that falls back to Dutch:

    <xsl:value-of select="c:t('nav.programme')"/>
    <xsl:value-of select="c:t('event.places-left', places-left, capacity)"/>

  Up to five arguments replace <arg n="1"/> .. <arg n="5"/>; white space
  runs become one space. A key missing from both catalogues renders as
  [key] and is logged. (Written in XSLT, as a catalogue in a variable
  scanned per call, the lookup took 85% of a page's transform time.)
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="exsl c">

<!-- The page's language: "en" when the page document says so, else "nl"
     (layout.xsl's <html lang>, c:data-lang). A string, not a tree: the
     variable is evaluated at the start of every transform. -->
<xsl:variable name="c:lang" select="substring('ennl', 1 + 2 * not(/page/@lang = 'en'), 2)"/>

<!-- Dates and times in words are C functions of cimoltd (as c:t is),
     fcgi/render-dates.c:
       c:date(d)          a <start> or <end> element (attributes weekday,
                          day, month, year): "donderdag 11 maart 2027" /
                          "Thursday 11 March 2027"
       c:time(d)          its time "HH:MM": "9.30" / "09:30"
       c:when(event)      from the event's <start> and <end>: "donderdag
                          11 maart 2027, 13.30–17.00 uur" on one day, both
                          dates when it spans days, only the start when the
                          end has no time
       c:iso-date(s)      "YYYY-MM-DD" or a timestamp's date, without
                          weekday: "28 november 2026"; '' when malformed
       c:iso-datetime(s)  a timestamp "YYYY-MM-DD HH:MM[:SS]" (or with T):
                          "28 november 2026, 14.05 uur"; only the date when
                          there is no time
     Their words and order are the catalogue's: weekday.N, month.N and
     format.*. -->

<!-- c:timestamp: a <time> element for a timestamp string (param s) as
     c:iso-datetime writes it, with a machine-readable datetime attribute
     "YYYY-MM-DDTHH:MM" (or "YYYY-MM-DD"); nothing for an empty string. -->
<xsl:template name="c:timestamp">
  <xsl:param name="s"/>
  <xsl:variable name="d" select="normalize-space($s)"/>
  <xsl:variable name="text" select="c:iso-datetime($d)"/>
  <xsl:if test="$text != ''">
    <time>
      <xsl:attribute name="datetime">
        <xsl:value-of select="substring($d, 1, 10)"/>
        <xsl:if test="substring($d, 14, 1) = ':'">
          <xsl:value-of select="concat('T', substring($d, 12, 5))"/>
        </xsl:if>
      </xsl:attribute>
      <xsl:value-of select="$text"/>
    </time>
  </xsl:if>
</xsl:template>

</xsl:stylesheet>
