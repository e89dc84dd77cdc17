<?xml version="1.0" encoding="UTF-8"?>
<!--
  The topic of an advice request in words, for the pages
  (through benchmark-common.xsl) and the mail (mail.xsl): a theme
  (theme.X), a procurement category (category.X) or one of the general
  topics (advice.topic.algemeen, advice.topic.monitor).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:func="http://exslt.org/functions"
    xmlns:c="urn:cimolt:xslt"
    extension-element-prefixes="func"
    exclude-result-prefixes="c">

<!-- c:topic-kind(v): "theme", "category" or "general". -->
<func:function name="c:topic-kind">
  <xsl:param name="v"/>
  <xsl:choose>
    <xsl:when test="contains(' algemeen-beleid inkoopbeleid ambitie-aanpak borging communicatie samenwerking ', concat(' ', $v, ' '))"><func:result select="'theme'"/></xsl:when>
    <xsl:when test="contains(' gww bouw kantoor-fm mobiliteit energie ', concat(' ', $v, ' '))"><func:result select="'category'"/></xsl:when>
    <xsl:otherwise><func:result select="'general'"/></xsl:otherwise>
  </xsl:choose>
</func:function>

<!-- c:topic(v): the topic's name. -->
<func:function name="c:topic">
  <xsl:param name="v"/>
  <xsl:variable name="kind" select="c:topic-kind($v)"/>
  <xsl:choose>
    <xsl:when test="$kind = 'general'"><func:result select="c:t(concat('advice.topic.', $v))"/></xsl:when>
    <xsl:otherwise><func:result select="c:t(concat($kind, '.', $v))"/></xsl:otherwise>
  </xsl:choose>
</func:function>

</xsl:stylesheet>
