<?xml version="1.0" encoding="UTF-8"?>
<!--
  Date and time formatting, shared by every page through layout.xsl.

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
    xmlns:func="http://exslt.org/functions"
    xmlns:c="urn:cimolt:xslt"
    extension-element-prefixes="func"
    exclude-result-prefixes="exsl c">

<!-- The page's language: "en" when the page document says so, else "nl"
     (layout.xsl's <html lang>, c:data-lang). -->
<xsl:variable name="c:lang">
  <xsl:choose>
    <xsl:when test="/page/@lang = 'en'">en</xsl:when>
    <xsl:otherwise>nl</xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<!-- c:date(d): a <start> or <end> element as a date in words,
     "donderdag 11 maart 2027" / "Thursday 11 March 2027". -->
<func:function name="c:date">
  <xsl:param name="d"/>
  <func:result select="c:t('format.date',
      c:t(concat('weekday.', number($d/@weekday))),
      number($d/@day),
      c:t(concat('month.', number($d/@month))),
      number($d/@year))"/>
</func:function>

<!-- c:time(d): the time of a <start> or <end> element ("HH:MM"),
     "9.30" / "09:30". -->
<func:function name="c:time">
  <xsl:param name="d"/>
  <xsl:variable name="hh" select="substring($d/@time, 1, 2)"/>
  <func:result select="c:t('format.time', number($hh),
      substring($d/@time, 4, 2), $hh)"/>
</func:function>

<!-- c:when(event): when an event takes place, from its <start> and <end>:
     "donderdag 11 maart 2027, 13.30–17.00 uur" on one day, both dates
     when it spans days, only the start when there is no end. -->
<func:function name="c:when">
  <xsl:param name="event"/>
  <xsl:variable name="s" select="$event/start"/>
  <xsl:variable name="e" select="$event/end"/>
  <xsl:choose>
    <xsl:when test="not($e/@time)">
      <func:result select="c:t('format.when.start', c:date($s), c:time($s))"/>
    </xsl:when>
    <xsl:when test="$s/@date = $e/@date">
      <func:result select="c:t('format.when.same-day',
          c:date($s), c:time($s), c:time($e))"/>
    </xsl:when>
    <xsl:otherwise>
      <func:result select="c:t('format.when.days',
          c:date($s), c:time($s), c:date($e), c:time($e))"/>
    </xsl:otherwise>
  </xsl:choose>
</func:function>

<!-- c:iso-date(s): a date "YYYY-MM-DD", or the date of a timestamp
     "YYYY-MM-DD HH:MM:SS" (or with T), without weekday: "28 november
     2026" / "28 November 2026". An empty or malformed string gives ''. -->
<func:function name="c:iso-date">
  <xsl:param name="s"/>
  <xsl:variable name="d" select="normalize-space($s)"/>
  <xsl:choose>
    <xsl:when test="string-length($d) &gt;= 10 and substring($d, 5, 1) = '-' and substring($d, 8, 1) = '-'">
      <func:result select="c:t('format.date.short', number(substring($d, 9, 2)),
          c:t(concat('month.', number(substring($d, 6, 2)))), substring($d, 1, 4))"/>
    </xsl:when>
    <xsl:otherwise><func:result select="''"/></xsl:otherwise>
  </xsl:choose>
</func:function>

<!-- c:iso-datetime(s): a timestamp "YYYY-MM-DD HH:MM[:SS]" (or with T)
     as date and time, "28 november 2026, 14.05 uur"; only the date when
     there is no time. -->
<func:function name="c:iso-datetime">
  <xsl:param name="s"/>
  <xsl:variable name="d" select="normalize-space($s)"/>
  <xsl:variable name="hh" select="substring($d, 12, 2)"/>
  <xsl:choose>
    <xsl:when test="string-length($d) &gt;= 16 and substring($d, 14, 1) = ':'">
      <func:result select="c:t('format.datetime', c:iso-date($d),
          c:t('format.time', number($hh), substring($d, 15, 2), $hh))"/>
    </xsl:when>
    <xsl:otherwise><func:result select="c:iso-date($d)"/></xsl:otherwise>
  </xsl:choose>
</func:function>

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
