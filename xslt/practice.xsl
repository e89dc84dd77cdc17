<?xml version="1.0" encoding="UTF-8"?>
<!--
  One practice (page name "practice", GET /praktijk/{id} and
  /praktijk/{id}/concept): the revision shown (@shown: the published one,
  or for its own municipality and organisers the working one), its state
  and the organisers' remark for those who may see them, what the viewer
  may do (<actions>), related practices and the advice it illustrates.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>
<xsl:include href="practice-common.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="practice/revision/title"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <p class="cimolt-back">
    <a class="utrecht-link" href="/praktijk"><xsl:value-of select="c:t('practice.back')"/></a>
  </p>
  <xsl:for-each select="practice">
    <article class="cimolt-practice cimolt-narrow">
      <h1><xsl:apply-templates select="." mode="title"/></h1>
      <xsl:call-template name="state"/>
      <xsl:apply-templates select="." mode="full"/>
    </article>
  </xsl:for-each>
  <xsl:if test="advice/*">
    <section class="cimolt-section" aria-labelledby="advice-title">
      <h2 id="advice-title"><xsl:value-of select="c:t('practice.advice')"/></h2>
      <ul>
        <xsl:for-each select="advice/*">
          <li><xsl:value-of select="."/></li>
        </xsl:for-each>
      </ul>
    </section>
  </xsl:if>
  <xsl:if test="related">
    <section class="cimolt-section" aria-labelledby="related-title">
      <h2 id="related-title"><xsl:value-of select="c:t('practice.related')"/></h2>
      <xsl:choose>
        <xsl:when test="related/practice">
          <ul class="cimolt-practice-list">
            <xsl:apply-templates select="related/practice" mode="card"/>
          </ul>
        </xsl:when>
        <xsl:otherwise><p><xsl:value-of select="c:t('practice.related.none')"/></p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:if>
</xsl:template>

<!-- The state for those who may see it, and what they may do. -->
<xsl:template name="state">
  <xsl:variable name="ws" select="string(@working-status)"/>
  <xsl:if test="$ws != ''">
    <div class="utrecht-alert utrecht-alert--info cimolt-practice__state" role="status">
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">
          <xsl:choose>
            <xsl:when test="@shown = 'published'">
              <p><xsl:value-of select="c:t('practice.working.pending', c:t(concat('practice.status.', $ws)))"/></p>
              <p><a class="utrecht-link" href="/praktijk/{@id}/concept"><xsl:value-of select="c:t('practice.working.view')"/></a></p>
            </xsl:when>
            <xsl:otherwise>
              <p><xsl:value-of select="c:t(concat('practice.working.', $ws))"/></p>
              <xsl:if test="@published = 'yes'">
                <p><a class="utrecht-link" href="/praktijk/{@id}"><xsl:value-of select="c:t('practice.working.published-view')"/></a></p>
              </xsl:if>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:if test="revision/remark">
            <p><strong><xsl:value-of select="c:t('practice.remark')"/>: </strong>
              <span class="cimolt-lines"><xsl:value-of select="revision/remark"/></span></p>
          </xsl:if>
        </div>
      </div>
    </div>
  </xsl:if>
  <xsl:if test="actions/@edit or actions/@submit or actions/@review">
    <div class="cimolt-actions">
      <xsl:if test="actions/@edit = 'yes'">
        <a class="utrecht-button-link utrecht-button-link--secondary-action" href="/praktijk/{@id}/bewerken"><xsl:value-of select="c:t('practice.edit')"/></a>
      </xsl:if>
      <xsl:if test="actions/@submit = 'yes'">
        <xsl:call-template name="c:post-button">
          <xsl:with-param name="action" select="concat('/praktijk/', @id, '/indienen')"/>
          <xsl:with-param name="label" select="c:t('practice.submit')"/>
          <xsl:with-param name="variant" select="'primary-action'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="actions/@review = 'yes'">
        <a class="utrecht-link" href="/beheer/praktijk/{@id}"><xsl:value-of select="c:t('practice.review')"/></a>
      </xsl:if>
    </div>
  </xsl:if>
</xsl:template>

</xsl:stylesheet>
