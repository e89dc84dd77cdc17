<?xml version="1.0" encoding="UTF-8"?>
<!--
  c:t(key, a1..a5) for xsltproc, which lacks cimoltd's C extension
  function: the same lookup written in XSLT, reading the catalogues with
  document() (xsltproc may read files; cimoltd's transforms may not).
  tests/browser/render puts it beside a page stylesheet; it behaves like
  cimoltd's: the page's language, then Dutch, else "[key]" and a message.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:func="http://exslt.org/functions"
    xmlns:c="urn:cimolt:xslt"
    extension-element-prefixes="func"
    exclude-result-prefixes="c">

<!-- layout.xsl strips white space from every document read, which would
     glue "<arg n="1"/> <arg n="2"/>" together: keep it in messages. -->
<xsl:preserve-space elements="msg"/>

<!-- The folder of the catalogues, relative to this file or absolute. -->
<xsl:param name="cimolt-catalogues" select="'../../xslt/'"/>

<xsl:variable name="c:t-own"
    select="document(concat($cimolt-catalogues, 'messages-', $c:lang, '.xml'))/*/msg"/>
<xsl:variable name="c:t-nl"
    select="document(concat($cimolt-catalogues, 'messages-nl.xml'))/*/msg"/>

<func:function name="c:t">
  <xsl:param name="key"/>
  <xsl:param name="a1" select="''"/>
  <xsl:param name="a2" select="''"/>
  <xsl:param name="a3" select="''"/>
  <xsl:param name="a4" select="''"/>
  <xsl:param name="a5" select="''"/>
  <xsl:variable name="own" select="$c:t-own[@key = $key]"/>
  <xsl:variable name="msg" select="$own[1] | $c:t-nl[not($own)][@key = $key][1]"/>
  <xsl:variable name="text">
    <xsl:choose>
      <xsl:when test="$msg">
        <xsl:for-each select="$msg/node()">
          <xsl:choose>
            <xsl:when test="self::arg[@n = 1]"><xsl:value-of select="$a1"/></xsl:when>
            <xsl:when test="self::arg[@n = 2]"><xsl:value-of select="$a2"/></xsl:when>
            <xsl:when test="self::arg[@n = 3]"><xsl:value-of select="$a3"/></xsl:when>
            <xsl:when test="self::arg[@n = 4]"><xsl:value-of select="$a4"/></xsl:when>
            <xsl:when test="self::arg[@n = 5]"><xsl:value-of select="$a5"/></xsl:when>
            <xsl:when test="self::arg"/>
            <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:message>no message for key <xsl:value-of select="$key"/></xsl:message>
        <xsl:value-of select="concat('[', $key, ']')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <func:result select="normalize-space($text)"/>
</func:function>

</xsl:stylesheet>
