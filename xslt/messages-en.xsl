<?xml version="1.0" encoding="UTF-8"?>
<!--
  English message catalogue: the same keys as messages-nl.xsl (see there).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:variable name="c:messages-en">
  <!-- site: header, navigation, footer -->
  <msg key="site.name">Circulair Inkopen Monitor &amp; Learning Tool</msg>
  <msg key="site.short-name">CIMoLT</msg>
  <msg key="site.tagline">Learning together to buy circular: masterclasses, monitor and benchmark for municipalities</msg>
  <msg key="site.home-link">CIMoLT, to the programme page</msg>
  <msg key="site.title"><arg n="1"/> – CIMoLT</msg>
  <msg key="skip-link">Skip to main content</msg>
  <msg key="nav.label">Main menu</msg>
  <msg key="nav.programme">Programme</msg>
  <msg key="nav.beheer">Organisers</msg>
  <msg key="languages.label">Language</msg>
  <msg key="language.nl">Nederlands</msg>
  <msg key="language.en">English</msg>
  <msg key="footer.label">About this site</msg>
  <msg key="footer.name">Circulair Inkopen Monitor &amp; Learning Tool (CIMoLT)</msg>
  <msg key="footer.programme">CIMoLT is the programme in which municipalities learn together to buy circular: with masterclasses, a yearly monitor and a benchmark.</msg>
  <msg key="footer.network">An initiative of the circular economy network of Gelderland, for and with the municipalities of Gelderland.</msg>

  <!-- dates and times; format.date args: weekday, day, month, year -->
  <msg key="format.date" xml:space="preserve"><arg n="1"/> <arg n="2"/> <arg n="3"/> <arg n="4"/></msg>
  <!-- args: hour without leading zero, minutes, hour with two digits -->
  <msg key="format.time"><arg n="3"/>:<arg n="2"/></msg>
  <!-- args: date, start time, end time -->
  <msg key="format.when.same-day"><arg n="1"/>, <arg n="2"/>–<arg n="3"/></msg>
  <!-- args: start date, start time, end date, end time -->
  <msg key="format.when.days"><arg n="1"/>, <arg n="2"/> to <arg n="3"/>, <arg n="4"/></msg>
  <!-- args: date, start time -->
  <msg key="format.when.start"><arg n="1"/>, <arg n="2"/></msg>
  <msg key="weekday.1">Monday</msg>
  <msg key="weekday.2">Tuesday</msg>
  <msg key="weekday.3">Wednesday</msg>
  <msg key="weekday.4">Thursday</msg>
  <msg key="weekday.5">Friday</msg>
  <msg key="weekday.6">Saturday</msg>
  <msg key="weekday.7">Sunday</msg>
  <msg key="month.1">January</msg>
  <msg key="month.2">February</msg>
  <msg key="month.3">March</msg>
  <msg key="month.4">April</msg>
  <msg key="month.5">May</msg>
  <msg key="month.6">June</msg>
  <msg key="month.7">July</msg>
  <msg key="month.8">August</msg>
  <msg key="month.9">September</msg>
  <msg key="month.10">October</msg>
  <msg key="month.11">November</msg>
  <msg key="month.12">December</msg>

  <!-- home: the programme -->
  <msg key="home.title">Programme of masterclasses on circular procurement</msg>
  <msg key="home.lead">Learn with colleagues from other municipalities how to buy circular. Every spring we organise masterclasses for the three groups that need to work on it together, and a closing meeting for everyone.</msg>
  <msg key="home.groups.intro">There is a masterclass for:</msg>
  <msg key="home.groups.bestuur">executives: aldermen and directors;</msg>
  <msg key="home.groups.beleid">policy: policy officers;</msg>
  <msg key="home.groups.uitvoering">operations: buyers and contract managers;</msg>
  <msg key="home.groups.monitor">the monitor: in two half-days, buyers and circular economy coordinators prepare to fill in the monitor.</msg>
  <msg key="home.limit">At most 3 persons from each municipality can take part in a masterclass, so that there is room for as many municipalities as possible.</msg>
  <msg key="home.closing">The closing meeting is open to everyone from every municipality.</msg>
  <msg key="home.events.title">Events</msg>
  <msg key="home.events.none">No events are planned at the moment. Please check again later.</msg>

  <!-- one event -->
  <msg key="event.kind.masterclass">Masterclass</msg>
  <msg key="event.kind.slotbijeenkomst">Closing meeting</msg>
  <msg key="event.audience">For</msg>
  <msg key="event.audience.bestuur">Executives: aldermen and directors</msg>
  <msg key="event.audience.beleid">Policy: policy officers</msg>
  <msg key="event.audience.uitvoering">Operations: buyers and contract managers</msg>
  <msg key="event.audience.monitor">Buyers and circular economy coordinators, preparing for the monitor</msg>
  <msg key="event.audience.iedereen">Everyone from every municipality</msg>
  <msg key="event.when">When</msg>
  <msg key="event.where">Where</msg>
  <msg key="event.online">Online</msg>
  <!-- arg: place -->
  <msg key="event.place-and-online"><arg n="1"/>, also online</msg>
  <msg key="event.places">Places</msg>
  <!-- args: places left, capacity -->
  <msg key="event.places-left"><arg n="1"/> of <arg n="2"/> places left</msg>
  <msg key="event.places-left.one">1 of <arg n="2"/> places left</msg>
  <msg key="event.full">Full: all <arg n="2"/> places are taken</msg>
  <msg key="event.per-org">Per municipality</msg>
  <!-- arg: limit -->
  <msg key="event.per-org-limit">At most <arg n="1"/> persons</msg>
  <msg key="event.per-org-limit.one">At most 1 person</msg>
  <msg key="event.status">Status</msg>
  <msg key="event.status.closed">Registration closed</msg>
  <msg key="event.status.cancelled">Cancelled</msg>
  <msg key="event.status.draft">In preparation</msg>

  <!-- beheer: the organisers' overview -->
  <msg key="beheer.title">Events overview</msg>
  <msg key="beheer.lead">All events with their status, capacity and confirmed registrations.</msg>
  <msg key="beheer.events.caption">Events and registrations</msg>
  <msg key="beheer.col.event">Event</msg>
  <msg key="beheer.col.status">Status</msg>
  <msg key="beheer.col.capacity">Capacity</msg>
  <msg key="beheer.col.confirmed">Confirmed</msg>
  <msg key="beheer.col.left">Left</msg>
  <msg key="beheer.status.draft">Draft</msg>
  <msg key="beheer.status.open">Open</msg>
  <msg key="beheer.status.closed">Closed</msg>
  <msg key="beheer.status.cancelled">Cancelled</msg>

  <!-- error pages: title and what the user can do, per status -->
  <msg key="error.code">Error code <arg n="1"/></msg>
  <msg key="error.home">Go to the programme page</msg>
  <msg key="error.400.title">We cannot read this request</msg>
  <msg key="error.400.text">The web address or the data you sent contain something we cannot read, such as an invalid character. Check the address, or go to the programme page and try again from there.</msg>
  <msg key="error.403.title">No access</msg>
  <msg key="error.403.text">This page is for the programme's organisers only. If you think you should have access, please contact the organisers.</msg>
  <msg key="error.404.title">Page not found</msg>
  <msg key="error.404.text">This page does not exist, or no longer exists. The address may have been mistyped, or the page may have moved. Check the address, or go to the programme page.</msg>
  <msg key="error.405.title">This is not possible on this page</msg>
  <msg key="error.405.text">This page cannot be used in this way, for example because a form was sent to it. Go back to the previous page and try again.</msg>
  <!-- arg: the allowed methods, e.g. GET, HEAD -->
  <msg key="error.405.allow">This page only accepts: <arg n="1"/>.</msg>
  <msg key="error.413.title">You sent too much data</msg>
  <msg key="error.413.text">What you sent is larger than we can handle. Make an attachment smaller or send less text, and try again.</msg>
  <msg key="error.500.title">Something went wrong</msg>
  <msg key="error.500.text">Something went wrong on our side while making this page. It is not your fault. Please try again in a few minutes. If it keeps happening, please contact the organisers.</msg>
  <msg key="error.502.title">This page cannot be reached right now</msg>
  <msg key="error.502.text">Part of the site is not responding, so we cannot show this page. Please try again in a few minutes.</msg>
  <msg key="error.503.title">The site is unavailable for a moment</msg>
  <msg key="error.503.text">Because of maintenance or a fault we cannot show this page right now. Please try again in a few minutes.</msg>
  <msg key="error.504.title">This took too long</msg>
  <msg key="error.504.text">Making this page took too long. Please try again in a few minutes.</msg>
  <msg key="error.other.title">Something went wrong</msg>
  <msg key="error.other.text">This page cannot be shown right now. Please try again later, or go to the programme page.</msg>
</xsl:variable>

</xsl:stylesheet>
