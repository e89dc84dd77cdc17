<?xml version="1.0" encoding="UTF-8"?>
<!--
  The organisers' practices (page name "practices-admin", GET
  /beheer/praktijk): first the review queue (the practices whose working
  revision was submitted), then every practice with its state, whether it
  is public, and when it was published. Each title leads to the review
  page. Items: <practices><practice .../></practices> as in
  /work/notes/CONTRACT7.md (status = the shown revision: the working one
  where one is pending).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>
<xsl:include href="practice-common.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('practice-admin.title')"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <p class="cimolt-back">
    <a class="utrecht-link" href="/beheer"><xsl:value-of select="c:t('practice-admin.to-beheer')"/></a>
  </p>
  <h1><xsl:value-of select="c:t('practice-admin.title')"/></h1>
  <p class="cimolt-intro"><xsl:value-of select="c:t('practice-admin.lead')"/></p>
  <p class="cimolt-actions">
    <a class="utrecht-link" href="/praktijk"><xsl:value-of select="c:t('practice-admin.library')"/></a>
  </p>

  <section class="cimolt-section" aria-labelledby="queue-title">
    <h2 id="queue-title">
      <xsl:value-of select="c:t('practice-admin.queue')"/>
      <xsl:text> </xsl:text>
      <span class="cimolt-practice-count">(<xsl:value-of select="count(practices/practice[@working-status = 'submitted'])"/>)</span>
    </h2>
    <xsl:choose>
      <xsl:when test="practices/practice[@working-status = 'submitted']">
        <xsl:call-template name="table">
          <xsl:with-param name="rows" select="practices/practice[@working-status = 'submitted']"/>
          <xsl:with-param name="caption" select="c:t('practice-admin.queue.caption')"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="c:t('practice-admin.queue.empty')"/></p></xsl:otherwise>
    </xsl:choose>
  </section>

  <section class="cimolt-section" aria-labelledby="all-title">
    <h2 id="all-title">
      <xsl:value-of select="c:t('practice-admin.all')"/>
      <xsl:text> </xsl:text>
      <span class="cimolt-practice-count">(<xsl:value-of select="count(practices/practice)"/>)</span>
    </h2>
    <xsl:choose>
      <xsl:when test="practices/practice">
        <xsl:call-template name="table">
          <xsl:with-param name="rows" select="practices/practice"/>
          <xsl:with-param name="caption" select="c:t('practice-admin.all.caption')"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="c:t('practice-admin.all.empty')"/></p></xsl:otherwise>
    </xsl:choose>
  </section>
</xsl:template>

<!-- A table of practices: title (to the review page), municipality,
     category and year, state, visibility, published. -->
<xsl:template name="table">
  <xsl:param name="rows"/>
  <xsl:param name="caption"/>
  <table class="cimolt-table cimolt-practice-table">
    <caption class="cimolt-visually-hidden"><xsl:value-of select="$caption"/></caption>
    <thead>
      <tr>
        <th scope="col"><xsl:value-of select="c:t('practice-admin.col.title')"/></th>
        <th scope="col"><xsl:value-of select="c:t('practice.meta.organisation')"/></th>
        <th scope="col"><xsl:value-of select="c:t('practice.meta.category')"/></th>
        <th scope="col"><xsl:value-of select="c:t('practice-admin.col.state')"/></th>
        <th scope="col"><xsl:value-of select="c:t('practice.meta.visibility')"/></th>
        <th scope="col"><xsl:value-of select="c:t('practice.meta.published')"/></th>
      </tr>
    </thead>
    <tbody>
      <xsl:for-each select="$rows">
        <tr>
          <th scope="row">
            <a class="utrecht-link" href="/beheer/praktijk/{@id}">
              <xsl:for-each select="title">
                <xsl:call-template name="c:data-lang"/>
                <xsl:value-of select="."/>
              </xsl:for-each>
            </a>
          </th>
          <td><xsl:value-of select="organisation"/></td>
          <td>
            <xsl:value-of select="c:t(concat('category.', @category))"/>
            <span class="cimolt-table__sub cimolt-muted"><xsl:value-of select="@year"/></span>
          </td>
          <td>
            <xsl:variable name="state">
              <xsl:choose>
                <xsl:when test="@working-status"><xsl:value-of select="@working-status"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="@status"/></xsl:otherwise>
              </xsl:choose>
            </xsl:variable>
            <span class="cimolt-practice-badge cimolt-practice-badge--{$state}">
              <xsl:value-of select="c:t(concat('practice.status.', $state))"/>
            </span>
            <xsl:if test="@published = 'yes' and $state != 'published'">
              <span class="cimolt-table__sub cimolt-muted"><xsl:value-of select="c:t('practice-admin.published-before')"/></span>
            </xsl:if>
          </td>
          <td>
            <xsl:choose>
              <xsl:when test="@published != 'yes'"><xsl:value-of select="c:t('practice-admin.not-yet')"/></xsl:when>
              <xsl:when test="@public = 'yes'"><xsl:value-of select="c:t('practice.public')"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="c:t('practice.internal')"/></xsl:otherwise>
            </xsl:choose>
          </td>
          <td>
            <xsl:choose>
              <xsl:when test="published-at"><time datetime="{published-at/@date}"><xsl:value-of select="c:iso-date(published-at/@date)"/></time></xsl:when>
              <xsl:otherwise><xsl:value-of select="c:t('practice-admin.not-yet')"/></xsl:otherwise>
            </xsl:choose>
          </td>
        </tr>
      </xsl:for-each>
    </tbody>
  </table>
</xsl:template>

</xsl:stylesheet>
