<?xml version="1.0" encoding="UTF-8"?>
<!--
  The information pages' texts as cimoltd builds them from the safe markup
  (fcgi/markup.c): <content lang> holding <heading level="2|3">, <para>
  and <list kind="ul|ol"> with <item>s, and inside those text, <strong>,
  <em> and <link href>. Only these elements become HTML; everything else
  in a text is text. Included by the pages that show such a text (info,
  text-revision): <xsl:apply-templates select="content"/>; and who saved
  a revision, for the organisers' pages.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<!-- The spaces between a word and a link or an emphasis are text: keep
     them (layout.xsl strips white space elsewhere). -->
<xsl:preserve-space elements="para item heading strong em link"/>

<xsl:template match="content">
  <div class="cimolt-prose">
    <xsl:call-template name="c:data-lang"/>
    <xsl:apply-templates mode="c:markup"/>
  </div>
</xsl:template>

<xsl:template match="heading[@level = 3]" mode="c:markup">
  <h3><xsl:apply-templates mode="c:markup"/></h3>
</xsl:template>

<xsl:template match="heading" mode="c:markup">
  <h2><xsl:apply-templates mode="c:markup"/></h2>
</xsl:template>

<xsl:template match="para" mode="c:markup">
  <p><xsl:apply-templates mode="c:markup"/></p>
</xsl:template>

<xsl:template match="list[@kind = 'ol']" mode="c:markup">
  <ol><xsl:apply-templates select="item" mode="c:markup"/></ol>
</xsl:template>

<xsl:template match="list" mode="c:markup">
  <ul><xsl:apply-templates select="item" mode="c:markup"/></ul>
</xsl:template>

<xsl:template match="item" mode="c:markup">
  <li><xsl:apply-templates mode="c:markup"/></li>
</xsl:template>

<xsl:template match="strong" mode="c:markup">
  <strong><xsl:value-of select="."/></strong>
</xsl:template>

<xsl:template match="em" mode="c:markup">
  <em><xsl:value-of select="."/></em>
</xsl:template>

<xsl:template match="link" mode="c:markup">
  <a class="utrecht-link" href="{@href}"><xsl:value-of select="."/></a>
</xsl:template>

<xsl:template match="text()" mode="c:markup">
  <xsl:value-of select="."/>
</xsl:template>

<!-- Anything else (there is nothing else) shows nothing. -->
<xsl:template match="*" mode="c:markup"/>

<!-- Who saved a revision (context: <revision>): its author's name, or
     for the texts shipped with the software and those of a user since
     erased, a word saying there is none. -->
<xsl:template name="c:text-author">
  <xsl:choose>
    <xsl:when test="normalize-space(@author)"><xsl:value-of select="@author"/></xsl:when>
    <xsl:otherwise><xsl:value-of select="c:t('texts.no-author')"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

</xsl:stylesheet>
