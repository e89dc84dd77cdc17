<?xml version="1.0" encoding="UTF-8"?>
<!--
  The monitor for organisers (page name "rounds-admin", GET
  /beheer/monitor): every round, newest year first and by municipality
  (<rounds><round id organisation organisation-id year status
  submitted?/></rounds>), a table per year with how many are submitted,
  and a button to reopen a submitted round (POST
  /beheer/monitor/{id}/heropenen, audit-logged). Above them the
  settings of each year (<years><year year opens deadline days
  days-left/></years>) and the form that sets a year's (<form
  name="monitor-year">: jaar, opent, deadline, herinneringen; POST
  /beheer/monitor/instellingen, audit-logged).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('rounds.title')"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <h1><xsl:value-of select="c:t('rounds.title')"/></h1>
  <p class="cimolt-lead"><xsl:value-of select="c:t('rounds.lead')"/></p>
  <section class="cimolt-section" aria-labelledby="years-title">
    <h2 id="years-title"><xsl:value-of select="c:t('monitor.years.title')"/></h2>
    <p><xsl:value-of select="c:t('monitor.years.text')"/></p>
    <xsl:if test="years/year">
      <table class="cimolt-table">
        <caption class="cimolt-visually-hidden"><xsl:value-of select="c:t('monitor.years.title')"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="c:t('monitor.years.col.year')"/></th>
            <th scope="col"><xsl:value-of select="c:t('monitor.years.col.opens')"/></th>
            <th scope="col"><xsl:value-of select="c:t('monitor.years.col.deadline')"/></th>
            <th scope="col"><xsl:value-of select="c:t('monitor.years.col.days')"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="years/year">
            <tr>
              <th scope="row"><xsl:value-of select="@year"/></th>
              <td><time datetime="{@opens}" class="cimolt-nowrap"><xsl:value-of select="c:iso-date(@opens)"/></time></td>
              <td><time datetime="{@deadline}" class="cimolt-nowrap"><xsl:value-of select="c:iso-date(@deadline)"/></time></td>
              <td>
                <xsl:choose>
                  <xsl:when test="normalize-space(@days)"><xsl:value-of select="c:t('monitor.years.days', translate(@days, ',', '/'))"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="c:t('monitor.years.no-days')"/></xsl:otherwise>
                </xsl:choose>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </xsl:if>
    <xsl:apply-templates select="form[@name = 'monitor-year']">
      <xsl:with-param name="level" select="3"/>
    </xsl:apply-templates>
  </section>
  <xsl:choose>
    <xsl:when test="rounds/round">
      <xsl:for-each select="rounds/round[not(@year = preceding-sibling::round/@year)]">
        <xsl:variable name="year" select="@year"/>
        <xsl:variable name="rows" select="../round[@year = $year]"/>
        <section class="cimolt-section" aria-labelledby="year-{$year}">
          <h2 id="year-{$year}"><xsl:value-of select="c:t('monitor.round', $year)"/></h2>
          <p><a class="utrecht-link" href="/beheer/deelname/{$year}"><xsl:value-of select="c:t('participation.link')"/><span class="cimolt-visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="c:t('form.button-context', $year)"/></span></a></p>
          <dl class="cimolt-counts">
            <div class="cimolt-counts__item">
              <dt><xsl:value-of select="c:t('monitor.status.submitted')"/></dt>
              <dd><xsl:value-of select="count($rows[@status = 'submitted'])"/></dd>
            </div>
            <div class="cimolt-counts__item">
              <dt><xsl:value-of select="c:t('monitor.status.draft')"/></dt>
              <dd><xsl:value-of select="count($rows[@status != 'submitted'])"/></dd>
            </div>
          </dl>
          <table class="cimolt-table">
            <caption class="cimolt-visually-hidden"><xsl:value-of select="c:t('rounds.caption', $year)"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="c:t('registration.organisation')"/></th>
                <th scope="col"><xsl:value-of select="c:t('event-admin.col.status')"/></th>
                <th scope="col"><xsl:value-of select="c:t('rounds.col.submitted')"/></th>
                <th scope="col" class="cimolt-no-print"><xsl:value-of select="c:t('table.col.action')"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$rows">
                <tr>
                  <th scope="row"><xsl:value-of select="@organisation"/></th>
                  <td>
                    <span class="cimolt-status cimolt-status--round-{@status}">
                      <xsl:value-of select="c:t(concat('monitor.status.', @status))"/>
                    </span>
                  </td>
                  <td>
                    <xsl:if test="normalize-space(@submitted)">
                      <time datetime="{substring(@submitted, 1, 10)}" class="cimolt-nowrap"><xsl:value-of select="c:iso-date(@submitted)"/></time>
                    </xsl:if>
                  </td>
                  <td class="cimolt-no-print">
                    <xsl:if test="@status = 'submitted'">
                      <xsl:call-template name="c:post-button">
                        <xsl:with-param name="action" select="concat('/beheer/monitor/', @id, '/heropenen')"/>
                        <xsl:with-param name="label" select="c:t('rounds.reopen')"/>
                        <xsl:with-param name="context" select="concat(@organisation, ' ', @year)"/>
                      </xsl:call-template>
                    </xsl:if>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </section>
      </xsl:for-each>
    </xsl:when>
    <xsl:otherwise>
      <p><xsl:value-of select="c:t('rounds.none')"/></p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

</xsl:stylesheet>
