<?xml version="1.0" encoding="UTF-8"?>
<!--
  The Atom feed of the practice library (page name "practice-atom",
  GET /praktijk.atom; RFC 4287): the public, published practices, newest
  first. The daemon sends it as application/atom+xml; its document:
    <feed id="tag:HOST,2026:praktijk" base-url updated="RFC 3339">
      <entry id="urn:uuid:..." href="BASE/praktijk/ID" updated published
             category year><title/><summary/><author>Ede</author></entry>
    </feed>
  Every entry has an author (its municipality), so the feed needs none
  of its own (4.1.1); a link to the entry's page (4.1.2, no content).
  The feed and its texts are Dutch, whatever the page language, as the
  practices are (xml:lang).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/2005/Atom"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<!-- c:lang, which the catalogue lookup reads (and nothing that writes). -->
<xsl:include href="messages.xsl"/>

<xsl:output method="xml" encoding="UTF-8" indent="yes" media-type="application/atom+xml"/>

<xsl:strip-space elements="*"/>

<xsl:template match="/">
  <xsl:apply-templates select="page/feed"/>
</xsl:template>

<xsl:template match="feed">
  <feed xml:lang="nl">
    <id><xsl:value-of select="@id"/></id>
    <title><xsl:value-of select="c:t('practice-feed.title')"/></title>
    <subtitle><xsl:value-of select="c:t('practice-feed.subtitle')"/></subtitle>
    <link rel="self" type="application/atom+xml" href="{@base-url}/praktijk.atom"/>
    <link rel="alternate" type="text/html" href="{@base-url}/praktijk"/>
    <updated><xsl:value-of select="@updated"/></updated>
    <generator uri="{@base-url}/">CIMoLT</generator>
    <xsl:if test="not(entry)">
      <!-- A feed without entries still needs an author (4.1.1). -->
      <author><name><xsl:value-of select="c:t('site.short-name')"/></name></author>
    </xsl:if>
    <xsl:apply-templates select="entry"/>
  </feed>
</xsl:template>

<xsl:template match="entry">
  <entry>
    <id><xsl:value-of select="@id"/></id>
    <title type="text"><xsl:value-of select="title"/></title>
    <link rel="alternate" type="text/html" href="{@href}"/>
    <published><xsl:value-of select="@published"/></published>
    <updated><xsl:value-of select="@updated"/></updated>
    <author><name><xsl:value-of select="author"/></name></author>
    <category term="{@category}" label="{c:t(concat('category.', @category))}"/>
    <summary type="text"><xsl:value-of select="summary"/></summary>
  </entry>
</xsl:template>

</xsl:stylesheet>
