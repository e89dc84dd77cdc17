<?xml version="1.0" encoding="UTF-8"?>
<!--
  One revision of an information page's text (page name "text-revision",
  GET /beheer/teksten/revisie/ID; organisers): when and by whom it was
  saved, the text as the page shows it and as it was typed, and (unless
  it is the text shown now) a button that restores it: a POST to
  /beheer/teksten/revisie/ID/herstellen, which saves it as a new revision.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>
<xsl:include href="markup.xsl"/>

<xsl:variable name="title" select="c:t(concat('info.', /page/revision/@page, '.title'))"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('text-revision.title', $title, revision/@id)"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <xsl:variable name="rev" select="revision"/>
  <h1><xsl:value-of select="c:t('text-revision.title', $title, $rev/@id)"/></h1>
  <dl class="cimolt-facts">
    <div class="cimolt-facts__row">
      <dt><xsl:value-of select="c:t('text-form.col.saved')"/></dt>
      <dd><xsl:call-template name="c:timestamp"><xsl:with-param name="s" select="$rev/@saved"/></xsl:call-template></dd>
    </div>
    <div class="cimolt-facts__row">
      <dt><xsl:value-of select="c:t('text-form.col.author')"/></dt>
      <dd><xsl:for-each select="$rev"><xsl:call-template name="c:text-author"/></xsl:for-each></dd>
    </div>
    <div class="cimolt-facts__row">
      <dt><xsl:value-of select="c:t('text-form.col.lang')"/></dt>
      <dd><xsl:value-of select="c:t(concat('language.', $rev/@lang))"/></dd>
    </div>
  </dl>
  <xsl:choose>
    <xsl:when test="$rev/@current = 'yes'">
      <p><xsl:value-of select="c:t('text-revision.current')"/></p>
    </xsl:when>
    <xsl:otherwise>
      <p><xsl:value-of select="c:t('text-revision.older')"/></p>
      <xsl:apply-templates select="form[@name = 'restore']"/>
    </xsl:otherwise>
  </xsl:choose>
  <p><a class="utrecht-link" href="/beheer/teksten/{$rev/@page}"><xsl:value-of select="c:t('text-revision.back', $title)"/></a></p>
  <section class="cimolt-section" aria-labelledby="shown-title">
    <h2 id="shown-title"><xsl:value-of select="c:t('text-revision.shown')"/></h2>
    <div class="cimolt-preview">
      <xsl:apply-templates select="$rev/content"/>
    </div>
  </section>
  <section class="cimolt-section" aria-labelledby="source-title">
    <h2 id="source-title"><xsl:value-of select="c:t('text-revision.source')"/></h2>
    <pre class="cimolt-source"><xsl:for-each select="$rev/source"><xsl:call-template name="c:data-lang"/></xsl:for-each><xsl:value-of select="$rev/source"/></pre>
  </section>
</xsl:template>

</xsl:stylesheet>
