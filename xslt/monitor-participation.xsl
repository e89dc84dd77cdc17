<?xml version="1.0" encoding="UTF-8"?>
<!--
  Who takes part in a monitor year (page name "monitor-participation"):
  for the organisers every municipality (GET /beheer/deelname/{year}),
  for a regional viewer those of its province (GET /regio/deelname/{year}).
    <participation year for="organisers|region" region? deadline?>
      <municipality id name cbs-code province status accounts
        coordinators sections-done? sections? started? changed?
        submitted? reminded? reminded-today?/>
    </participation>
    <counts total no-account not-started in-progress submitted/>
  status is one of four, by the one definition the page states; the
  counts are of those statuses and add up to the total. Organisers can
  send a municipality that has not submitted a reminder (POST
  .../{municipality}/herinneren, once a day) when the year has a
  deadline; both can download the list as CSV ({year}.csv).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="monitor-common.xsl"/>

<xsl:variable name="p" select="/page/participation"/>
<xsl:variable name="base">
  <xsl:choose>
    <xsl:when test="$p/@for = 'organisers'">/beheer/deelname/</xsl:when>
    <xsl:otherwise>/regio/deelname/</xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('participation.title', $p/@year)"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <xsl:variable name="n" select="counts"/>
  <p class="cimolt-back">
    <xsl:choose>
      <xsl:when test="$p/@for = 'organisers'"><a class="utrecht-link" href="/beheer/monitor"><xsl:value-of select="c:t('participation.back.organisers')"/></a></xsl:when>
      <xsl:otherwise><a class="utrecht-link" href="/regio"><xsl:value-of select="c:t('participation.back.region')"/></a></xsl:otherwise>
    </xsl:choose>
  </p>
  <h1><xsl:value-of select="c:t('participation.title', $p/@year)"/></h1>
  <xsl:if test="$p/@region">
    <p class="cimolt-lead"><xsl:value-of select="c:t('participation.region', $p/@region)"/></p>
  </xsl:if>
  <xsl:if test="$p/@deadline">
    <p><xsl:value-of select="c:t('participation.deadline', c:iso-date($p/@deadline))"/></p>
  </xsl:if>
  <section class="cimolt-section" aria-labelledby="counts-title">
    <h2 id="counts-title"><xsl:value-of select="c:t('participation.counts')"/></h2>
    <p><xsl:value-of select="c:t('participation.definition')"/></p>
    <dl class="cimolt-counts">
      <xsl:for-each select="$n/@no-account | $n/@not-started | $n/@in-progress | $n/@submitted">
        <div class="cimolt-counts__item">
          <dt><xsl:value-of select="c:t(concat('participation.status.', local-name()))"/></dt>
          <dd><xsl:value-of select="."/></dd>
        </div>
      </xsl:for-each>
      <div class="cimolt-counts__item">
        <dt><xsl:value-of select="c:t('participation.total')"/></dt>
        <dd><xsl:value-of select="$n/@total"/></dd>
      </div>
    </dl>
    <p class="cimolt-actions">
      <a class="utrecht-link" href="{$base}{$p/@year}.csv"><xsl:value-of select="c:t('participation.csv')"/></a>
    </p>
  </section>
  <section class="cimolt-section" aria-labelledby="list-title">
    <h2 id="list-title"><xsl:value-of select="c:t('participation.list')"/></h2>
    <table class="cimolt-table cimolt-participation">
      <caption class="cimolt-visually-hidden"><xsl:value-of select="c:t('participation.title', $p/@year)"/></caption>
      <thead>
        <tr>
          <th scope="col"><xsl:value-of select="c:t('registration.organisation')"/></th>
          <xsl:if test="not($p/@region)"><th scope="col"><xsl:value-of select="c:t('participation.col.province')"/></th></xsl:if>
          <th scope="col"><xsl:value-of select="c:t('participation.col.status')"/></th>
          <th scope="col"><xsl:value-of select="c:t('participation.col.changed')"/></th>
          <th scope="col"><xsl:value-of select="c:t('participation.col.submitted')"/></th>
          <th scope="col"><xsl:value-of select="c:t('participation.col.reminded')"/></th>
          <xsl:if test="$p/@for = 'organisers'">
            <th scope="col" class="cimolt-no-print"><xsl:value-of select="c:t('table.col.action')"/></th>
          </xsl:if>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="$p/municipality">
          <tr id="municipality-{@id}">
            <th scope="row"><xsl:value-of select="@name"/></th>
            <xsl:if test="not($p/@region)"><td><xsl:value-of select="@province"/></td></xsl:if>
            <td>
              <span class="cimolt-status cimolt-status--participation-{@status}">
                <xsl:value-of select="c:t(concat('participation.status.', @status))"/>
              </span>
              <xsl:if test="@status = 'in-progress' and @sections">
                <xsl:text> </xsl:text>
                <span class="cimolt-nowrap"><xsl:value-of select="c:t('participation.sections', @sections-done, @sections)"/></span>
              </xsl:if>
            </td>
            <td><xsl:call-template name="c:timestamp"><xsl:with-param name="s" select="@changed"/></xsl:call-template></td>
            <td><xsl:call-template name="c:timestamp"><xsl:with-param name="s" select="@submitted"/></xsl:call-template></td>
            <td><xsl:call-template name="c:timestamp"><xsl:with-param name="s" select="@reminded"/></xsl:call-template></td>
            <xsl:if test="$p/@for = 'organisers'">
              <td class="cimolt-no-print">
                <xsl:choose>
                  <xsl:when test="@status = 'submitted'"/>
                  <xsl:when test="@reminded-today"><xsl:value-of select="c:t('participation.reminded-today')"/></xsl:when>
                  <xsl:when test="number(@coordinators) = 0"><xsl:value-of select="c:t('participation.no-coordinator')"/></xsl:when>
                  <xsl:when test="not($p/@deadline)"><xsl:value-of select="c:t('participation.no-deadline')"/></xsl:when>
                  <xsl:otherwise>
                    <xsl:call-template name="c:post-button">
                      <xsl:with-param name="action" select="concat('/beheer/deelname/', $p/@year, '/', @id, '/herinneren')"/>
                      <xsl:with-param name="label" select="c:t('participation.remind')"/>
                      <xsl:with-param name="context" select="@name"/>
                    </xsl:call-template>
                  </xsl:otherwise>
                </xsl:choose>
              </td>
            </xsl:if>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </section>
</xsl:template>

</xsl:stylesheet>
