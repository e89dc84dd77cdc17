<?xml version="1.0" encoding="UTF-8"?>
<!--
  Submitting a round (page name "monitor-submit", GET/POST
  /monitor/{year}/indienen): the questions still without an answer
  (<unanswered question section unconfirmed?><q:text/></unanswered>),
  grouped by section and each linked to its place, the sections with
  copied answers not yet checked (round/section/@unconfirmed: they
  block submitting; <refused>KEY</refused> after a refused POST, 409),
  and for the coordinator of a draft round with none of those the
  button that submits (<form name="submit">).
  Submission locks the round and computes the scores. Members, who may
  not submit (the daemon answers 403), are told who can.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:q="urn:cimolt:questionnaire"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c q">

<xsl:import href="monitor-common.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('monitor.submit.title', round/@year)"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <xsl:variable name="year" select="round/@year"/>
  <xsl:variable name="open" select="unanswered"/>
  <p class="cimolt-back"><a class="utrecht-link" href="/monitor/{$year}"><xsl:value-of select="c:t('monitor.back-round', $year)"/></a></p>
  <h1><xsl:value-of select="c:t('monitor.submit.title', $year)"/></h1>
  <xsl:for-each select="round"><xsl:call-template name="round-summary"/></xsl:for-each>

  <xsl:choose>
    <xsl:when test="round/@status = 'submitted'">
      <p class="cimolt-actions">
        <a class="utrecht-button-link utrecht-button-link--primary-action" href="/monitor/{$year}/resultaat"><xsl:value-of select="c:t('monitor.to-result')"/></a>
      </p>
    </xsl:when>
    <xsl:otherwise>
      <xsl:if test="round/section[@unconfirmed]">
        <div class="utrecht-alert utrecht-alert--error cimolt-alert cimolt-unconfirmed" id="unconfirmed" tabindex="-1">
          <xsl:if test="refused"><xsl:attribute name="autofocus">autofocus</xsl:attribute></xsl:if>
          <div class="utrecht-alert__content">
            <div class="utrecht-alert__message">
              <h2 class="cimolt-alert__title"><xsl:value-of select="c:t('monitor.unconfirmed.title', count(round/section[@unconfirmed]))"/></h2>
              <xsl:for-each select="refused"><p><xsl:value-of select="c:t(.)"/></p></xsl:for-each>
              <p><xsl:value-of select="c:t('monitor.unconfirmed.text')"/></p>
              <ul class="cimolt-unconfirmed__list">
                <xsl:for-each select="round/section[@unconfirmed]">
                  <li>
                    <a class="utrecht-link" href="/monitor/{$year}/{@id}"><xsl:call-template name="section-title"/></a>
                    <xsl:text> </xsl:text>
                    <span class="cimolt-status cimolt-status--prefilled"><xsl:value-of select="c:t('monitor.unconfirmed.badge', @unconfirmed)"/></span>
                  </li>
                </xsl:for-each>
              </ul>
            </div>
          </div>
        </div>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$open">
          <h2><xsl:value-of select="c:t('monitor.submit.unanswered', count($open))"/></h2>
          <p><xsl:value-of select="c:t('monitor.submit.unanswered-text')"/></p>
          <xsl:for-each select="round/section">
            <xsl:variable name="sid" select="@id"/>
            <xsl:if test="$open[@section = $sid]">
              <h3 class="cimolt-unanswered__section">
                <a class="utrecht-link" href="/monitor/{$year}/{$sid}"><xsl:call-template name="section-title"/></a>
                <span class="cimolt-unanswered__count"><xsl:value-of select="c:t('monitor.progress', @answered, @total)"/></span>
              </h3>
              <ul class="cimolt-unanswered">
                <xsl:for-each select="$open[@section = $sid]">
                  <li>
                    <a class="utrecht-link" href="/monitor/{$year}/{$sid}#q-{@question}-block">
                      <xsl:call-template name="q-text"><xsl:with-param name="nodes" select="q:text"/></xsl:call-template>
                    </a>
                  </li>
                </xsl:for-each>
              </ul>
            </xsl:if>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:value-of select="c:t('monitor.submit.complete')"/></p>
        </xsl:otherwise>
      </xsl:choose>

      <section class="cimolt-section cimolt-submit" aria-labelledby="submit-title">
        <h2 id="submit-title"><xsl:value-of select="c:t('monitor.to-submit')"/></h2>
        <xsl:choose>
          <xsl:when test="form[@name = 'submit']">
            <p><xsl:value-of select="c:t('monitor.submit.text')"/></p>
            <xsl:if test="$open">
              <div class="utrecht-alert utrecht-alert--warning cimolt-alert">
                <div class="utrecht-alert__content">
                  <div class="utrecht-alert__message">
                    <p><xsl:value-of select="c:t('monitor.submit.with-unanswered', count($open))"/></p>
                  </div>
                </div>
              </div>
            </xsl:if>
            <xsl:apply-templates select="form[@name = 'submit']"/>
          </xsl:when>
          <xsl:when test="/page/user/@role = 'coordinator' and round/@status = 'none'">
            <p><xsl:value-of select="c:t('monitor.submit.nothing')"/></p>
          </xsl:when>
          <xsl:when test="/page/user/@role = 'coordinator' and round/@unconfirmed">
            <p><xsl:value-of select="c:t('monitor.submit.after-checking')"/></p>
          </xsl:when>
          <xsl:otherwise>
            <div class="utrecht-alert utrecht-alert--info cimolt-alert cimolt-coordinator-only">
              <div class="utrecht-alert__content">
                <div class="utrecht-alert__message">
                  <p><xsl:value-of select="c:t('monitor.submit.coordinator-only')"/></p>
                </div>
              </div>
            </div>
          </xsl:otherwise>
        </xsl:choose>
      </section>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

</xsl:stylesheet>
